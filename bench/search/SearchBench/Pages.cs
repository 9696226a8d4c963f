using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using StaticArchive.Search;
using YamlDotNet.Serialization;

namespace StaticArchive.SearchBench;

/// <summary>
/// Plain HTML pages for the benchmark (one per document, for Pagefind) and /search/ rendered from
/// theme/layouts/search.liquid, standing in for the lead's site builder.
/// </summary>
internal static class Pages
{
    public static void Write(string site, IReadOnlyList<SearchDocument> docs)
    {
        foreach (var d in docs)
        {
            var dir = Path.Combine(site, d.Url);
            Directory.CreateDirectory(dir);
            var paragraphs = string.Concat(d.Text.Split('\n').Select(l => $"<p>{WebUtility.HtmlEncode(l)}</p>"));
            File.WriteAllText(Path.Combine(dir, "index.html"),
                $"<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(d.Title)}</title></head>" +
                $"<body><main data-pagefind-body><h1>{WebUtility.HtmlEncode(d.Title)}</h1><p>{WebUtility.HtmlEncode(d.AgencyName)} · {d.Year} · {d.TypeLabel}</p>{paragraphs}</main></body></html>");
        }
        var theme = Path.Combine(Root(), "theme");
        var strings = new Deserializer().Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(theme, "i18n/zh-CN/search.yml")));
        var parser = new FluidParser();
        var template = parser.Parse(File.ReadAllText(Path.Combine(theme, "layouts/search.liquid")));
        var context = new TemplateContext(new { @base = "/", t = strings });
        context.Options.MemberAccessStrategy = new UnsafeMemberAccessStrategy();
        // As the site builder does: HTML-encode output, but leave Chinese as characters.
        var main = template.Render(context, HtmlEncoder.Create(UnicodeRanges.All));
        Directory.CreateDirectory(Path.Combine(site, "search"));
        File.WriteAllText(Path.Combine(site, "search/index.html"),
            "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>检索</title>" +
            "<link rel=\"stylesheet\" href=\"/assets/css/search.css\"></head><body><main>" + main + "</main></body></html>");
        CopyDirectory(Path.Combine(theme, "assets"), Path.Combine(site, "assets"));
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, true);
        }
    }

    private static string Root()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "StaticArchive.sln")))
        {
            dir = Path.GetDirectoryName(dir)!;
        }
        return dir;
    }
}
