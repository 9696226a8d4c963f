namespace StaticArchive.Checks;

/// <summary>Codes of the checks only <c>check</c> runs (the SA5xxx range); the build's own codes are reported too.</summary>
internal static class CheckCodes
{
    /// <summary>A link to a page of the site that does not exist.</summary>
    public const string BrokenLink = "SA5001";

    /// <summary>A link to <c>#anchor</c> that the target page has no heading for.</summary>
    public const string MissingAnchor = "SA5002";

    /// <summary>A linked file or image that is not in the content folder.</summary>
    public const string MissingFile = "SA5003";

    /// <summary>A linked file that exists but is not published (not listed in attachments).</summary>
    public const string UnpublishedFile = "SA5004";

    /// <summary>A file in a year folder that no document uses.</summary>
    public const string UnreferencedFile = "SA5005";

    /// <summary>A report table with cells not yet filled in (null).</summary>
    public const string BlankCells = "SA5006";

    /// <summary>A 【待填写】 marker left by <c>new</c>.</summary>
    public const string Placeholder = "SA5007";

    /// <summary>A proposal record field that is still empty.</summary>
    public const string ProposalField = "SA5008";
}
