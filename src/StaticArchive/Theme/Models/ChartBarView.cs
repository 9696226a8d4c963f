namespace StaticArchive.Theme.Models;

/// <summary>A bar of a chart, in view-box coordinates.</summary>
public sealed record ChartBarView(string X, string Y, string Width, string Height);
