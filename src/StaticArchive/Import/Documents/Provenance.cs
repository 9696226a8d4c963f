using StaticArchive.Import.Recognition;
using StaticArchive.Import.Sources;

namespace StaticArchive.Import.Documents;

/// <summary>The provenance written into the files: the source's address and the fingerprint that recognises a
/// second import of the same file.</summary>
internal static class Provenance
{
    /// <summary>The marker of the fingerprint comment in front matter and data files.</summary>
    public const string HashMarker = "import-sha256:";

    /// <summary>A comment line (without <c>#</c>) naming the source.</summary>
    public static string Line(SourceDocument source, DocumentFacts facts) =>
        $"导入自 {facts.Url ?? Path.GetFileName(source.Path)}（{source.Format}）{HashMarker}{source.ContentHash}";
}
