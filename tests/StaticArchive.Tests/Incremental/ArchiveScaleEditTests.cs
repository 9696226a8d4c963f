using System.Text;
using StaticArchive.Build;
using StaticArchive.Core;
using StaticArchive.Incremental;
using StaticArchive.IO;
using StaticArchive.Testing;

namespace StaticArchive.Tests.Incremental;

/// <summary>
/// The editors' promise at archive scale: in a dev-server session over a generated archive of 10,000 documents,
/// retitling one document renders that document and pages that list it, and no other document page.
/// </summary>
[Trait("Category", "Scale")]
public sealed class ArchiveScaleEditTests
{
    [Fact]
    public void At_ten_thousand_documents_a_retitled_document_renders_itself_and_its_listings_only()
    {
        var root = Directory.CreateTempSubdirectory("sa-10k-edit-").FullName;
        try
        {
            var content = ArchiveGenerator.Generate(10_000).WriteTo(root);
            var options = new BuildOptions(content, Path.Combine(root, "theme"), Path.Combine(root, "out"));
            var builder = new SiteBuilder(PhysicalFileSystem.Instance) { Session = new IncrementalSession() };
            var cold = builder.Build(options);
            Assert.True(cold.Succeeded, string.Join('\n', cold.Diagnostics.Take(5)));
            Assert.True(cold.RenderedPages.Count > 10_000);

            var documentPages = Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(content, f).Replace('\\', '/'))
                .Select(p => p[..^".md".Length] + "/index.html")
                .ToHashSet(StringComparer.Ordinal);
            var edited = documentPages.Order(StringComparer.Ordinal).ElementAt(5_000);
            var source = Path.Combine(content, edited[..^"/index.html".Length] + ".md");
            var text = File.ReadAllText(source, Encoding.UTF8);
            var title = text.Split('\n').First(l => l.StartsWith("title:", StringComparison.Ordinal));
            File.WriteAllText(source, text.Replace(title, "title: 改过标题的文档", StringComparison.Ordinal), new UTF8Encoding(false));

            var after = builder.Build(options);

            Assert.True(after.Succeeded);
            Assert.Contains(edited, after.RenderedPages);
            Assert.Contains(after.RenderedPages, p => !documentPages.Contains(p)); // its agency/year listing shows the title
            Assert.Equal([edited], after.RenderedPages.Where(documentPages.Contains));
            Assert.InRange(after.RenderedPages.Count, 2, 20);
            Assert.Contains("改过标题的文档", File.ReadAllText(Path.Combine(root, "out", edited)), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
