namespace StaticArchive.Import.Reporting;

/// <summary>A cell whose printed digits fit more than one reading.</summary>
/// <param name="Cell">The cell's key path in the data file, e.g. <c>table3.denied.internal_affairs.total</c>.</param>
/// <param name="Label">The row and column as printed.</param>
/// <param name="Candidates">Every value that fits.</param>
public sealed record AmbiguousFigure(string Cell, string Label, IReadOnlyList<string> Candidates);
