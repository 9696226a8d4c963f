using System.Diagnostics;
using System.Text.Json;
using StaticArchive.Core;
using StaticArchive.Tables.Data;

namespace StaticArchive.Tests.Tables;

/// <summary>
/// Generates the bench corpus (gen-corpus.py --docs 300 --seed 1) once per test class into a temp folder and
/// loads every report data file. The generator is found through STATICARCHIVE_GEN_CORPUS, a bench/ or
/// shared/bench/ folder above the test binaries, or /work/shared/bench.
/// </summary>
public sealed class CorpusFixture : IDisposable
{
    public CorpusFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "sa-tables-corpus-" + Guid.NewGuid().ToString("N"));
        var script = FindGenerator();
        using (var process = Process.Start(new ProcessStartInfo("python3", ["-B", script, "--docs", "300", "--seed", "1", "--out", Root])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "gen-corpus.py failed: " + stderr.Result);
        }

        Manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "corpus-manifest.json")));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "content"), "annual-report-*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var display = Path.GetRelativePath(Root, file).Replace('\\', '/');
            var bag = new DiagnosticBag();
            var tables = DocumentTablesLoader.Load(display, File.ReadAllText(file), bag);
            Files.Add(new CorpusFile(display, tables, bag.ToSortedList(), File.ReadAllText(Path.ChangeExtension(file, ".md"))));
        }
    }

    public string Root { get; }

    public JsonDocument Manifest { get; }

    public List<CorpusFile> Files { get; } = [];

    public IReadOnlyList<string> ManifestList(string name) =>
        [.. Manifest.RootElement.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];

    public void Dispose()
    {
        Manifest.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static string FindGenerator() => Support.GenCorpus.Require();
}

public sealed record CorpusFile(string Path, DocumentTables? Tables, IReadOnlyList<Diagnostic> Diagnostics, string Markdown);
