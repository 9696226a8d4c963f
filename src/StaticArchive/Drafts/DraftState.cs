namespace StaticArchive.Drafts;

/// <summary>
/// Why a document is not ready to publish: marked <c>draft: true</c>, still holding the 【待填写】 markers of
/// <c>new</c>, or a report table with no figure filled in. <c>build</c> leaves such a document out; <c>serve</c>
/// shows it with a 草稿 banner.
/// </summary>
/// <param name="MarkedAt">The line of <c>draft: true</c>, or null when the front matter does not mark it.</param>
/// <param name="Placeholders">How many 【待填写】 markers the file still holds.</param>
/// <param name="FirstPlaceholderLine">The line of the first marker (0 when there is none).</param>
/// <param name="BlankTables">The report tables in which not one cell is filled in (表二…), in printed order.</param>
/// <param name="InDraftAgency">True when the agency's <c>_agency.yml</c> still holds a 【待填写】 marker.</param>
internal sealed record DraftState(int? MarkedAt, int Placeholders, int FirstPlaceholderLine, IReadOnlyList<string> BlankTables, bool InDraftAgency = false)
{
    /// <summary>A document ready to publish.</summary>
    public static DraftState None { get; } = new(null, 0, 0, []);

    /// <summary>True when any reason holds.</summary>
    public bool IsDraft => MarkedAt is not null || Placeholders > 0 || BlankTables.Count > 0 || InDraftAgency;

    /// <summary>The line a diagnostic points at: the draft mark, else the first marker, else the first line.</summary>
    public int Line => MarkedAt ?? (FirstPlaceholderLine > 0 ? FirstPlaceholderLine : 1);
}
