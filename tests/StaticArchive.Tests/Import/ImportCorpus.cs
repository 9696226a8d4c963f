using System.Text;
using StaticArchive.Import;
using StaticArchive.Import.Reporting;
using YamlDotNet.RepresentationModel;

namespace StaticArchive.Tests.Import;

/// <summary>
/// The import tests' material: the real documents copied under <c>Import/Corpus</c>, their expected figures under
/// <c>Import/Expected</c>, and imports run into a fresh temporary content folder.
/// </summary>
internal static class ImportCorpus
{
    /// <summary>The reports of the 2019 and 2021 formats in the corpus.</summary>
    public static TheoryData<string> StandardReports { get; } =
    [
        "report-2019-pingtan-zhsyq",
        "report-2023-haitan-district",
        "report-2023-state-assets-bureau",
        "report-2023-transport-construction-bureau",
        "report-2024-jinjing-district",
        "report-2024-social-affairs-bureau",
    ];

    /// <summary>The folder holding the copied corpus.</summary>
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Import", "Corpus");

    /// <summary>A corpus file, e.g. <c>Path("report-2019-pingtan-zhsyq", "source.html")</c>.</summary>
    public static string PathOf(string folder, string file) => System.IO.Path.Combine(Root, folder, file);

    /// <summary>A corpus file's text.</summary>
    public static string Read(string folder, string file) => File.ReadAllText(PathOf(folder, file), Encoding.UTF8);

    /// <summary>The expected figures of a document: "table3.denied.state_secret.total" → "0" (null for a blank).</summary>
    public static Dictionary<string, string?> Expected(string name) =>
        Figures(File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Import", "Expected", name + ".yml")));

    /// <summary>The figures of table2–table4 in a data file's text, keyed like <see cref="Expected"/>.</summary>
    public static Dictionary<string, string?> Figures(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var figures = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var table in new[] { "table2", "table3", "table4" })
        {
            if (root.Children.TryGetValue(new YamlScalarNode(table), out var node))
            {
                Walk(table, node, figures);
            }
        }

        return figures;
    }

    /// <summary>The cells of a generic table's first row in a data file (after its header), or null when there is no such table.</summary>
    public static string?[]? GenericRow(string yaml, string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        if (!root.Children.TryGetValue(new YamlScalarNode("tables"), out var tables)
            || !((YamlMappingNode)tables).Children.TryGetValue(new YamlScalarNode(name), out var table))
        {
            return null;
        }

        var row = (YamlSequenceNode)((YamlSequenceNode)((YamlMappingNode)table).Children[new YamlScalarNode("rows")]).Children[0];
        return [.. row.Children.Skip(1).Select(c => ((YamlScalarNode)c).Value)];
    }

    /// <summary>Asserts two sets of figures are equal, naming every cell that differs.</summary>
    public static void AssertSameFigures(Dictionary<string, string?> expected, Dictionary<string, string?> actual)
    {
        var differences = expected.Keys.Union(actual.Keys)
            .Where(k => !expected.TryGetValue(k, out var e) || !actual.TryGetValue(k, out var a) || e != a)
            .Select(k => $"{k}: expected {expected.GetValueOrDefault(k) ?? "null"}, got {actual.GetValueOrDefault(k) ?? "null"}")
            .ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    /// <summary>Imports into a fresh content folder and returns it with the report.</summary>
    public static (string Content, ImportReport Report) Import(string agency, params string[] inputs) => ImportWith(new ImportRequest(inputs, agency, NewContent()));

    /// <summary>Runs an import request.</summary>
    public static (string Content, ImportReport Report) ImportWith(ImportRequest request) => (request.ContentDirectory, Importer.Run(request));

    /// <summary>A fresh, empty content folder.</summary>
    public static string NewContent()
    {
        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sa-import-" + Guid.NewGuid().ToString("N")[..12], "content");
        Directory.CreateDirectory(root);
        return root;
    }

    /// <summary>Writes a broken copy of a corpus file into a temporary folder and returns its path.</summary>
    public static string Broken(string fileName, string text)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sa-broken-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, fileName);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>The one document report of a single-file import.</summary>
    public static DocumentReport Single(ImportReport report) => Assert.Single(report.Documents);

    /// <summary>The data file the import wrote for a document.</summary>
    public static string DataFile(string content, DocumentReport document) =>
        File.ReadAllText(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(content)!, document.Outputs.Single(o => o.EndsWith(".yml", StringComparison.Ordinal) && !o.EndsWith("_agency.yml", StringComparison.Ordinal))));

    /// <summary>The Markdown file the import wrote for a document.</summary>
    public static string Markdown(string content, DocumentReport document) =>
        File.ReadAllText(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(content)!, document.Outputs.First(o => o.EndsWith(".md", StringComparison.Ordinal))));

    private static void Walk(string prefix, YamlNode node, Dictionary<string, string?> figures)
    {
        foreach (var (key, value) in ((YamlMappingNode)node).Children)
        {
            var path = $"{prefix}.{((YamlScalarNode)key).Value}";
            if (value is YamlMappingNode)
            {
                Walk(path, value, figures);
            }
            else
            {
                var scalar = (YamlScalarNode)value;
                figures[path] = scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "null" or "~" or "" ? null : scalar.Value;
            }
        }
    }
}
