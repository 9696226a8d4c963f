namespace StaticArchive.Theme.Models;

/// <summary>
/// One entry of a page's 更新记录: the date of a change and the note its editor wrote for readers, or no note
/// (then only the date is shown; the editors' own commit message never is).
/// </summary>
public sealed record RevisionView(string Date, string? Note);
