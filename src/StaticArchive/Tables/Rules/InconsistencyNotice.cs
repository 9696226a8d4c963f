using StaticArchive.Theme.Models;

namespace StaticArchive.Tables.Rules;

/// <summary>
/// The notice a report page shows when its front matter says <c>published_inconsistencies: acknowledged</c>:
/// the archive publishes the figures exactly as printed and lists where they do not add up. This makes its view;
/// the theme's <c>partials/inconsistency-notice.liquid</c> words and draws it.
/// </summary>
internal static class InconsistencyNotice
{
    /// <summary>One entry per violation, in the order of <see cref="ReportRules.Check"/>; empty when there are none.</summary>
    public static IReadOnlyList<InconsistencyView> Views(IReadOnlyList<TableViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        return [.. violations.Select(v => new InconsistencyView(v.Rule, v.TableHeading, v.RowLabel, v.ColumnLabel, v.Printed, v.Expected))];
    }
}
