namespace StaticArchive.Theme.Models;

/// <summary>A bar of a chart and its label: lengths ready to print (em down, percent across).</summary>
/// <param name="Y">The bar's top.</param>
/// <param name="Height">The bar's thickness.</param>
/// <param name="Width">The bar's length; 0% for a figure of 0 or a blank one.</param>
/// <param name="LabelX">Where the figure's label starts, just after the bar.</param>
/// <param name="LabelY">The label's baseline.</param>
public sealed record ChartBarView(string Y, string Height, string Width, string LabelX, string LabelY);
