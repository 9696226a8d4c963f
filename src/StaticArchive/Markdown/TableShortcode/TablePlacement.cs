using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticArchive.Core;
using StaticArchive.Tables;
using StaticArchive.Tables.Data;
using StaticArchive.Tables.Html;
using StaticArchive.Yaml;

namespace StaticArchive.Markdown.TableShortcode;

/// <summary>
/// Attaches each document's tables to its parsed Markdown: the pipeline is built once and shared by threads,
/// so per-document data goes on the AST, never on the pipeline.
/// </summary>
internal static class TablePlacement
{
    /// <summary>
    /// Renders the table of every <see cref="TableShortcodeBlock"/> in <paramref name="ast"/> and reports a shortcode
    /// naming an unknown table, a shortcode in a document without a data file, a table placed twice and a table
    /// of the data file placed nowhere.
    /// </summary>
    /// <param name="ast">The parsed Markdown body.</param>
    /// <param name="tables">The document's data file, or null when it has none.</param>
    /// <param name="context">Agency, year and id prefix for the captions and ids.</param>
    /// <param name="displayPath">The .md file's path as diagnostics name it.</param>
    /// <param name="bodyFirstLine">The 1-based line of the .md file where the Markdown body starts (after front matter).</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static void Apply(MarkdownDocument ast, DocumentTables? tables, TableContext context, string displayPath,
        int bodyFirstLine, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(ast);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var placed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in ast.Descendants<TableShortcodeBlock>())
        {
            var line = bodyFirstLine + block.Line;
            var column = block.Column + 1;
            var known = tables?.Names.Select(n => n.Name).ToArray() ?? [];
            if (block.Name.Length == 0)
            {
                diagnostics.Error(TableDiagnosticCodes.UnknownTableName, displayPath, line, column,
                    $"无法识别的表格标记“{block.Source}”。", "表格标记应单独成行，写成 {{< table table3 >}}（table 后面是表名）。");
            }
            else if (tables is null)
            {
                diagnostics.Error(TableDiagnosticCodes.ShortcodeWithoutData, displayPath, line, column,
                    $"正文放置了表格“{block.Name}”，但没有对应的数据文件。",
                    $"请在 {Path.ChangeExtension(displayPath, ".yml")} 中填写表格数据，或删除这一行。");
            }
            else if (!known.Contains(block.Name, StringComparer.Ordinal))
            {
                diagnostics.Error(TableDiagnosticCodes.UnknownTableName, displayPath, line, column,
                    $"数据文件 {tables.DataFilePath} 中没有名为“{block.Name}”的表格。",
                    known.Length > 0 ? Suggestion.Hint(block.Name, known, "表名") : "数据文件中没有任何表格。");
            }
            else
            {
                var count = placed[block.Name] = placed.GetValueOrDefault(block.Name) + 1;
                if (count > 1)
                {
                    diagnostics.Warning(TableDiagnosticCodes.TablePlacedTwice, displayPath, line, column,
                        $"表格“{block.Name}”在正文中放置了 {count} 次。", "一张表通常只放一次；请确认不是重复粘贴。");
                }

                // A repeated table gets its own id prefix so ids stay unique on the page.
                var ctx = (count > 1 ? context with { IdPrefix = $"{context.IdPrefix}{count}-" } : context) with { HeadingAbove = HeadingAbove(block) };
                block.Html = Render(tables, block.Name, ctx);
            }
        }

        foreach (var (name, tableLine) in tables?.Names ?? [])
        {
            if (!placed.ContainsKey(name))
            {
                diagnostics.Warning(TableDiagnosticCodes.TableNotPlaced, tables!.DataFilePath, tableLine, 1,
                    $"数据文件中的表格“{name}”没有在正文中放置，页面上不会显示。",
                    $"请在 {displayPath} 正文的合适位置单独写一行 {{{{< table {name} >}}}}。");
            }
        }
    }

    // The text of the heading right before the shortcode, if the block before it is one.
    private static string? HeadingAbove(TableShortcodeBlock block)
    {
        var index = block.Parent?.IndexOf(block) ?? -1;
        if (index < 1 || block.Parent![index - 1] is not HeadingBlock { Inline: { } inline })
        {
            return null;
        }

        var text = new System.Text.StringBuilder();
        foreach (var literal in inline.Descendants<LiteralInline>())
        {
            text.Append(literal.Content.AsSpan());
        }

        return text.ToString();
    }

    private static string Render(DocumentTables tables, string name, TableContext context) =>
        tables.Report?.Get(name) is { } standard
            ? ReportTableHtml.Render(standard, context)
            : GenericTableHtml.Render(tables.Generic[name], context);
}
