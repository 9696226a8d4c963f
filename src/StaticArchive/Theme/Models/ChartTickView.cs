namespace StaticArchive.Theme.Models;

/// <summary>A horizontal grid line of a chart and the value it marks.</summary>
/// <param name="Value">The value at the line.</param>
/// <param name="Y">The line's height in the view box.</param>
/// <param name="LabelY">The baseline of the value's label.</param>
/// <param name="StrokeWidth">Thicker for the axis than for the other lines.</param>
public sealed record ChartTickView(long Value, string Y, string LabelY, string StrokeWidth);
