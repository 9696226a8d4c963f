namespace StaticArchive.History;

/// <summary>One commit that changed a document: its date (from the commit, never the clock) and subject.</summary>
public sealed record Revision(DateOnly Date, string Subject);
