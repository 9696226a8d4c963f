namespace StaticArchive.Theme.Models;

/// <summary>Where a chart's legend goes: a colour key and its text for each series, on one line.</summary>
/// <param name="ReceivedX">The left edge of the received series' key.</param>
/// <param name="ReceivedTextX">Where the received series' text starts.</param>
/// <param name="ProcessedX">The left edge of the processed series' key.</param>
/// <param name="ProcessedTextX">Where the processed series' text starts.</param>
/// <param name="Y">The top of the keys.</param>
/// <param name="TextY">The baseline of the texts.</param>
/// <param name="KeySize">The side of a key's square.</param>
public sealed record ChartLegendView(int ReceivedX, int ReceivedTextX, int ProcessedX, int ProcessedTextX, int Y, int TextY, int KeySize);
