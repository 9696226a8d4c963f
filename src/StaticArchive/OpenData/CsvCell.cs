using System.Buffers;

namespace StaticArchive.OpenData;

/// <summary>
/// How one CSV cell is written: RFC 4180 quoting, and OWASP's rule against formula injection, so a text a
/// spreadsheet would run as a formula (one starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) is
/// written as quoted text behind an apostrophe.
/// </summary>
/// <remarks>
/// A plain number such as <c>-12</c> or <c>+3.5</c> is left as it is: it cannot hold a formula, and an apostrophe
/// would turn a figure into text for everyone who opens the file.
/// </remarks>
internal static class CsvCell
{
    private static readonly SearchValues<char> FormulaStart = SearchValues.Create("=+-@\t\r");
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    /// <summary>True when a spreadsheet would read <paramref name="cell"/> as a formula.</summary>
    public static bool IsFormula(ReadOnlySpan<char> cell) =>
        cell.Length > 0 && FormulaStart.Contains(cell[0]) && !IsPlainNumber(cell);

    /// <summary>The cell as it appears in the file.</summary>
    public static string Encode(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        using var writer = new StringWriter();
        Write(writer, cell);
        return writer.ToString();
    }

    /// <summary>Writes the cell as it appears in the file; null is an empty cell.</summary>
    public static void Write(TextWriter writer, string? cell)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (string.IsNullOrEmpty(cell))
        {
            return;
        }

        var formula = IsFormula(cell);
        if (!formula && cell.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            writer.Write(cell);
            return;
        }

        writer.Write('"');
        if (formula)
        {
            writer.Write('\'');
        }

        writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    // An optional sign, digits and at most one decimal point with digits on both sides.
    private static bool IsPlainNumber(ReadOnlySpan<char> cell)
    {
        var digits = cell[0] is '+' or '-' ? cell[1..] : cell;
        var point = digits.IndexOf('.');
        return point < 0
            ? AllDigits(digits)
            : AllDigits(digits[..point]) && AllDigits(digits[(point + 1)..]);
    }

    private static bool AllDigits(ReadOnlySpan<char> s) => s.Length > 0 && !s.ContainsAnyExceptInRange('0', '9');
}
