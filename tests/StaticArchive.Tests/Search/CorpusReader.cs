using System.Globalization;
using StaticArchive.Markdown;
using StaticArchive.Search;
using YamlDotNet.RepresentationModel;

namespace StaticArchive.Tests.Search;

/// <summary>Reads a generated archive's documents into search documents (Text via the site's <see cref="PlainText"/>).</summary>
internal static class CorpusReader
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["annual-report"] = "年度报告",
        ["guide"] = "公开指南",
        ["proposal"] = "建议提案",
        ["document"] = "文件",
    };

    /// <summary>Every <c>content/&lt;agency&gt;/&lt;year&gt;/&lt;slug&gt;.md</c> of the files, in path order.</summary>
    public static IReadOnlyList<SearchDocument> Read(IReadOnlyDictionary<string, string> files)
    {
        var docs = new List<SearchDocument>();
        foreach (var (path, source) in files.Where(f => f.Key.EndsWith(".md", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var parts = path.Split('/');
            var slug = parts[1];
            var name = Scalar(files[$"content/{slug}/_agency.yml"], "name");
            var end = source.IndexOf("\n---", 4, StringComparison.Ordinal);
            var front = source[4..end];
            var body = source[(end + 4)..];
            var year = int.Parse(parts[2], CultureInfo.InvariantCulture);
            var type = Scalar(front, "type");
            var url = $"{slug}/{year}/{Path.GetFileNameWithoutExtension(path)}/";
            docs.Add(new SearchDocument(url, Scalar(front, "title"), Text(body), slug, name, year, type, Labels[type], Scalar(front, "date")));
        }

        return docs;
    }

    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    /// <summary>The lead's convention: <see cref="PlainText"/> over the site's Markdown pipeline.</summary>
    internal static string Text(string markdown) => PlainText.Extract(Markdig.Markdown.Parse(markdown, Pipeline));

    private static string Scalar(string yaml, string key)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var map = (YamlMappingNode)stream.Documents[0].RootNode;
        return ((YamlScalarNode)map.Children[new YamlScalarNode(key)]).Value!;
    }
}
