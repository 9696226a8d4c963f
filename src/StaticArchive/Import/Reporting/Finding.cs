namespace StaticArchive.Import.Reporting;

/// <summary>One thing the import tells the editor about a document, in Chinese.</summary>
/// <param name="Level">Info, review or error.</param>
/// <param name="Message">What was found.</param>
public sealed record Finding(FindingLevel Level, string Message);
