namespace StaticArchive.Core;

/// <summary>
/// The codes of content diagnostics (SA1xxx). Tables use SA2xxx, checks SA3xxx. A code never changes meaning,
/// so editors and CI scripts can rely on it.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The YAML is not well-formed.</summary>
    public const string YamlSyntax = "SA1001";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "SA1002";

    /// <summary>A field has the wrong type or format.</summary>
    public const string WrongType = "SA1003";

    /// <summary>The document type is not one of the known types.</summary>
    public const string UnknownType = "SA1004";

    /// <summary>Front matter repeats the agency or year and disagrees with the path.</summary>
    public const string PathMismatch = "SA1005";

    /// <summary>Two documents would be written to the same URL.</summary>
    public const string DuplicateUrl = "SA1006";

    /// <summary>An agency slug collides with a path the site reserves.</summary>
    public const string ReservedSlug = "SA1007";

    /// <summary>A path points outside the content folder.</summary>
    public const string PathEscapes = "SA1008";

    /// <summary>A file is not valid UTF-8.</summary>
    public const string NotUtf8 = "SA1009";

    /// <summary>An agency folder has no _agency.yml.</summary>
    public const string MissingAgencyFile = "SA1010";

    /// <summary>A folder or file name is not a valid slug.</summary>
    public const string BadSlug = "SA1011";

    /// <summary>A Markdown file is not inside an agency/year folder.</summary>
    public const string MisplacedFile = "SA1012";

    /// <summary>The front matter block is missing or not closed.</summary>
    public const string NoFrontMatter = "SA1013";

    /// <summary>A field is not known (probably a typo).</summary>
    public const string UnknownField = "SA1014";

    /// <summary>An agency names a parent that does not exist.</summary>
    public const string UnknownParent = "SA1015";

    /// <summary>An attachment that is listed does not exist.</summary>
    public const string MissingAttachment = "SA1016";

    /// <summary>site.yml is missing.</summary>
    public const string MissingSiteFile = "SA1017";

    /// <summary>A template failed to parse or render.</summary>
    public const string TemplateError = "SA1018";

    /// <summary>The content folder itself does not exist.</summary>
    public const string MissingContent = "SA1019";

    /// <summary>A YAML text nests too deep, repeats too much through aliases, or holds too much.</summary>
    public const string YamlTooLarge = "SA1020";

    /// <summary>A document's page would be too large to publish.</summary>
    public const string PageTooLarge = "SA1021";

    /// <summary>A document marked <c>sample: true</c> under an agency that is real (invented documents sit only under invented agencies).</summary>
    public const string SampleUnderRealAgency = "SA1022";

    /// <summary>A draft (<c>draft: true</c>, a 【待填写】 marker left, or a report table with no figure filled in): <c>build</c> leaves it out.</summary>
    public const string Draft = "SA1023";

    /// <summary>The base URL is a path without a host, so the sitemap and robots.txt hold URLs crawlers reject.</summary>
    public const string RelativeBaseUrl = "SA1024";

    /// <summary>A link, an image or a URL field names a scheme a page may not carry (<c>javascript:</c>, <c>data:</c>…); the link is dropped.</summary>
    public const string UnsafeLink = "SA1030";

    /// <summary>A document's raw HTML holds an element or attribute outside the allowed subset; it is removed.</summary>
    public const string UnsafeHtml = "SA1031";

    /// <summary>A content file holds a control character or a bidirectional override; it is removed.</summary>
    public const string ControlCharacter = "SA1032";

    /// <summary>A file or folder below content/ has a name Windows cannot hold (a device name, a trailing dot or space, a reserved character).</summary>
    public const string WindowsName = "SA1033";

    /// <summary>Two files or folders in one folder below content/ have names that differ only in case.</summary>
    public const string CaseCollision = "SA1034";

    /// <summary>A path is a link to a folder, a broken link, or not a plain file (a FIFO, a device, a socket).</summary>
    public const string NotAFile = "SA1040";

    /// <summary>An attachment would be written where the site writes a file of its own, or is listed twice.</summary>
    public const string AttachmentNameTaken = "SA1041";

    /// <summary>The tool failed on an input it should have reported (a defect of the tool, not of the content).</summary>
    public const string InternalError = "SA1042";

    /// <summary>The build cache beside content/ cannot be written.</summary>
    public const string CacheNotWritable = "SA1043";

    /// <summary>A document's Markdown nests deeper than it can be converted.</summary>
    public const string MarkdownTooDeep = "SA1044";
}
