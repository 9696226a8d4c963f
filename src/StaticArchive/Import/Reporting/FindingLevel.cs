namespace StaticArchive.Import.Reporting;

/// <summary>How much a finding of the import matters to the editor.</summary>
public enum FindingLevel
{
    /// <summary>For information: what was read and how.</summary>
    Info,

    /// <summary>Needs a human look (ambiguity, a printed inconsistency, a guess the editor must confirm).</summary>
    Review,

    /// <summary>The document could not be imported, or not completely.</summary>
    Error,
}
