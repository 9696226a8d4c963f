using StaticArchive.Theme;

namespace StaticArchive.Tables.Html;

/// <summary>
/// The words the tool puts into a rendered table, in the site's language (from <c>theme/i18n</c>). The tables'
/// row and column labels are not among them: they are the national format's wording, the same on every site.
/// </summary>
/// <param name="Blank">What a screen reader hears for a blank cell (未填报).</param>
/// <param name="CaptionMeta">The caption's agency-and-year line, with <c>{agency}</c> and <c>{year}</c>.</param>
internal sealed record TableWords(string Blank, string CaptionMeta)
{
    /// <summary>The words from a build's UI strings.</summary>
    public static TableWords From(UiStrings strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        return new TableWords(strings["blank_cell"], strings["table_caption_year"]);
    }
}
