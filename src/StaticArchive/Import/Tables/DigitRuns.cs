using System.Text.RegularExpressions;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Import.Tables;

/// <summary>
/// Every way the printed figures of one row in page text can be read as its cells. Spaces are cell boundaries;
/// a run of digits without spaces may hold several cells, split wherever every part is a valid figure (no
/// leading zeros). When the digits cannot fill every cell, one or two cells are taken as blank.
/// </summary>
internal static partial class DigitRuns
{
    // Enough for any real row (a 7-cell row of 20 digits has fewer), small enough to stay instant.
    private const int MaxCandidates = 20000;

    /// <summary>The tokens of a row's printed figures, and any text that is not a figure.</summary>
    public static (List<string> Tokens, string Leftover) Tokenize(string printed)
    {
        var tokens = new List<string>();
        var leftover = Token().Replace(printed, m =>
        {
            tokens.Add(CellValue.Tidy(m.Value));
            return " ";
        });
        return (tokens, leftover.Trim());
    }

    /// <summary>The readings of the tokens as the given columns, blanks allowed only when needed.</summary>
    public static List<string?[]> Candidates(IReadOnlyList<string> tokens, IReadOnlyList<ColumnDef> columns)
    {
        for (var blanks = 0; blanks <= 2; blanks++)
        {
            var found = new List<string?[]>();
            Walk(tokens, columns, 0, 0, 0, blanks, new string?[columns.Count], found);
            if (found.Count > 0)
            {
                return found;
            }
        }

        return [];
    }

    private static void Walk(IReadOnlyList<string> tokens, IReadOnlyList<ColumnDef> columns, int token, int offset, int cell, int blanks,
        string?[] current, List<string?[]> found)
    {
        if (found.Count >= MaxCandidates)
        {
            return;
        }

        if (cell == columns.Count)
        {
            if (token == tokens.Count && blanks == 0)
            {
                found.Add((string?[])current.Clone());
            }

            return;
        }

        if (blanks > 0)
        {
            current[cell] = null;
            Walk(tokens, columns, token, offset, cell + 1, blanks - 1, current, found);
        }

        if (token == tokens.Count)
        {
            return;
        }

        var text = tokens[token];
        if (offset == 0 && CellValue.IsBlankMark(text))
        {
            current[cell] = null;
            Walk(tokens, columns, token + 1, 0, cell + 1, blanks, current, found);
            return;
        }

        for (var end = offset + 1; end <= text.Length; end++)
        {
            var part = text[offset..end];
            if (!CellValue.Fits(part, columns[cell].Type))
            {
                continue;
            }

            current[cell] = CellValue.Canonical(part, columns[cell].Type);
            if (end == text.Length)
            {
                Walk(tokens, columns, token + 1, 0, cell + 1, blanks, current, found);
            }
            else
            {
                Walk(tokens, columns, token, end, cell + 1, blanks, current, found);
            }
        }
    }

    [GeneratedRegex(@"[+\-－]?[0-9０-９][0-9０-９,，.．]*(元|万元)?|—+|－|-|/|／|无", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
