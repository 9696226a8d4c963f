using StaticArchive.Core;
using StaticArchive.Tables.Data;
using StaticArchive.Testing;

namespace StaticArchive.Tests.Tables;

/// <summary>
/// A generated archive of 300 documents (105 reports), made once per test class in memory, with every report
/// data file loaded by the library. The files are found by their names, not through the manifest, so that a
/// manifest and an archive that disagree fail the tests.
/// </summary>
public sealed class CorpusFixture
{
    public CorpusFixture()
    {
        Archive = ArchiveGenerator.Generate(300);
        foreach (var (path, text) in Archive.Files.Where(f => Path.GetFileName(f.Key).StartsWith("annual-report-", StringComparison.Ordinal) && f.Key.EndsWith(".yml", StringComparison.Ordinal)))
        {
            var bag = new DiagnosticBag();
            var tables = DocumentTablesLoader.Load(path, text, bag);
            Files.Add(new CorpusFile(path, tables, bag.ToSortedList(), Archive.Files[Path.ChangeExtension(path, ".md")]));
        }
    }

    public GeneratedArchive Archive { get; }

    public ArchiveManifest Manifest => Archive.Manifest;

    internal List<CorpusFile> Files { get; } = [];

    /// <summary>The text of a generated file.</summary>
    public string Text(string path) => Archive.Files[path];
}

internal sealed record CorpusFile(string Path, DocumentTables? Tables, IReadOnlyList<Diagnostic> Diagnostics, string Markdown);
