namespace StaticArchive.Theme.Models;

/// <summary>An agency's page: its details, its years, its latest documents by type and its applications chart.</summary>
/// <param name="Agency">The agency.</param>
/// <param name="Years">The agency's years with their number of documents, newest first.</param>
/// <param name="Groups">The agency's documents by type.</param>
/// <param name="Chart">Applications per year; null when the agency has no annual report with tables.</param>
public sealed record AgencyModel(AgencyView Agency, IReadOnlyList<CountLinkView> Years, IReadOnlyList<GroupView> Groups, ChartView? Chart);
