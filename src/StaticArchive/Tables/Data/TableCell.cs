using System.Globalization;

namespace StaticArchive.Tables.Data;

/// <summary>
/// One cell as printed: <see cref="Printed"/> is the text of the figure (digits of a count, the published
/// digits of a money amount), null for a blank cell (never silently 0). Line and column locate the value
/// in the data file (1-based; 0 when the cell was built in code).
/// </summary>
internal sealed record TableCell(string? Printed, int Line = 0, int Column = 0)
{
    /// <summary>True for a cell left blank in the source.</summary>
    public bool IsBlank => Printed is null;

    /// <summary>The integer value of a count cell; null when blank or not an integer.</summary>
    public long? Count =>
        long.TryParse(Printed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>A count cell built in code.</summary>
    public static TableCell Of(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A blank cell built in code.</summary>
    public static TableCell Blank { get; } = new((string?)null);
}
