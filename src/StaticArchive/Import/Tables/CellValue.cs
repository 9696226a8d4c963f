using System.Text.RegularExpressions;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Import.Tables;

/// <summary>
/// How a printed cell or part of a digit run reads as a figure of a given type: counts are digits without a
/// leading zero (a run "0012" is three cells, never 12), a signed count may start with a sign, money keeps its
/// printed digits and unit (<c>75394432.52元</c>).
/// </summary>
internal static partial class CellValue
{
    /// <summary>The marks printed instead of a figure; such a cell is stored blank, the mark reported.</summary>
    public static bool IsBlankMark(string text) => BlankMark().IsMatch(text);

    /// <summary>True when <paramref name="part"/> can be a figure of <paramref name="type"/>.</summary>
    public static bool Fits(string part, CellType type) => type switch
    {
        CellType.Money => Money().IsMatch(part),
        CellType.SignedCount => Signed().IsMatch(part),
        _ => Count().IsMatch(part),
    };

    /// <summary>The stored form of a fitting part: money as printed, counts as digits (a plus sign dropped).</summary>
    public static string Canonical(string part, CellType type) =>
        type == CellType.Money ? part : part.TrimStart('+').Replace('－', '-');

    /// <summary>Reads one whole cell of a real table: its value, or blank, or null when it is not a figure.</summary>
    public static (string? Value, FigureStatus Status, string? Mark)? ReadCell(string printed, CellType type)
    {
        var text = Tidy(printed);
        if (text.Length == 0)
        {
            return (null, FigureStatus.Blank, null);
        }

        if (IsBlankMark(text))
        {
            return (null, FigureStatus.Blank, text);
        }

        return Fits(text, type) ? (Canonical(text, type), FigureStatus.Found, null) : null;
    }

    /// <summary>Spaces, thousands separators and full-width digits removed or made plain.</summary>
    public static string Tidy(string printed)
    {
        var chars = printed.Where(c => !char.IsWhiteSpace(c) && c != ',' && c != '，' && c != '\u200b')
            .Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c == '．' ? '.' : c);
        return string.Concat(chars);
    }

    [GeneratedRegex(@"^(—+|－|-|/|／|无|——)$", RegexOptions.CultureInvariant)]
    private static partial Regex BlankMark();

    [GeneratedRegex(@"^(0|[1-9][0-9]*)(\.[0-9]+)?(元|万元)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Money();

    [GeneratedRegex(@"^[+\-－]?(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Signed();

    [GeneratedRegex(@"^(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Count();
}
