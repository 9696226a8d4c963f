namespace StaticArchive.History;

/// <summary>
/// One commit that changed a document: its date (from the commit, never the clock), its subject (the editors'
/// own words, never shown to readers) and the change note written for readers, if the commit has one.
/// </summary>
internal sealed record Revision(DateOnly Date, string Subject, string? Note = null);
