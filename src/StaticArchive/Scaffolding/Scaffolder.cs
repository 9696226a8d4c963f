using System.Globalization;
using System.Text;
using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.IO;

namespace StaticArchive.Scaffolding;

/// <summary>
/// <c>new agency|report|guide|proposal</c>: writes skeleton files that build and pass <c>check</c> as they are,
/// with 【待填写】 and null cells where an editor must write (which <c>check</c> names). A document starts as
/// <c>draft: true</c>, so <c>build</c> does not publish it until the editor is done. Never overwrites a file.
/// </summary>
public sealed class Scaffolder
{
    private const string SchemaFile = "static/schemas/annual-report-data.schema.json";

    private readonly IFileSystem _files;
    private readonly string _content;
    private readonly string _theme;

    /// <summary>Creates a scaffolder writing to the real file system.</summary>
    public Scaffolder(string content, string theme)
        : this(PhysicalFileSystem.Instance, content, theme)
    {
    }

    internal Scaffolder(IFileSystem files, string content, string theme)
    {
        _files = files;
        _content = content;
        _theme = theme;
    }

    /// <summary><c>new agency &lt;slug&gt;</c>: the agency folder and its <c>_agency.yml</c>.</summary>
    public ScaffoldResult Agency(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        if (!Slugs.IsValid(slug))
        {
            return Refuse($"机关文件夹名“{slug}”不能用作网址：只用小写英文字母、数字和连字符，例如 linzi-gxj。");
        }

        const string Text = $"""
            name: {Placeholder.Marker}
            # 以下各项按需填写，去掉行首的 # 号：
            # short_name: 简称
            # parent: 上级机关的文件夹名，例如 linzi-zfb
            # level: 省级、市级、县级或乡镇
            # region: 山东省淄博市临淄区
            # address: 地址
            # postcode: "255400"
            # phone: "0533-0000000"
            # email: name@example.gov.cn
            # website: https://example.gov.cn/

            """;
        return Create(new ScaffoldFile(Combine(_content, slug, "_agency.yml"), Text));
    }

    /// <summary><c>new report &lt;agency&gt; &lt;year&gt;</c>: the report's Markdown and its complete data file.</summary>
    public ScaffoldResult Report(string agency, int year)
    {
        if (Load(agency, year, out var found) is { } error)
        {
            return error;
        }

        var folder = Combine(_content, agency, Year(year));
        var dataPath = Combine(folder, "annual-report.yml");
        var schema = Path.GetRelativePath(folder, Combine(_theme, SchemaFile)).Replace('\\', '/');
        return Create(
            new ScaffoldFile(Combine(folder, "annual-report.md"), MarkdownTemplates.Report(found!.Name, year)),
            new ScaffoldFile(dataPath, DataFileTemplate.Render(schema, found.Name, found.Region, year)));
    }

    /// <summary><c>new guide &lt;agency&gt; &lt;year&gt;</c>.</summary>
    public ScaffoldResult Guide(string agency, int year, DateOnly today)
    {
        if (Load(agency, year, out var found) is { } error)
        {
            return error;
        }

        return Create(new ScaffoldFile(Combine(_content, agency, Year(year), "guide.md"), MarkdownTemplates.Guide(found!.Name, today)));
    }

    /// <summary><c>new proposal &lt;agency&gt; &lt;year&gt;</c>: <c>proposals/&lt;slug&gt;.md</c>, by default the first free <c>proposal-N</c>.</summary>
    public ScaffoldResult Proposal(string agency, int year, DateOnly today, string? slug = null)
    {
        if (Load(agency, year, out _) is { } error)
        {
            return error;
        }

        var folder = Combine(_content, agency, Year(year), "proposals");
        if (slug is not null && !Slugs.IsValid(slug))
        {
            return Refuse($"文件名“{slug}”不能用作网址：只用小写英文字母、数字和连字符，例如 npc-42。");
        }

        slug ??= Enumerable.Range(1, 10_000).Select(n => $"proposal-{n}").First(s => !_files.FileExists(Combine(folder, s + ".md")));
        return Create(new ScaffoldFile(Combine(folder, slug + ".md"), MarkdownTemplates.Proposal(today)));
    }

    private ScaffoldResult? Load(string agency, int year, out Agency? found)
    {
        found = null;
        if (year is < 1990 or > 2999)
        {
            return Refuse($"年份“{year}”不对：写四位数字，例如 2024。");
        }

        var folder = Combine(_content, agency);
        if (!Slugs.IsValid(agency) || !_files.FileExists(Combine(folder, "_agency.yml")))
        {
            return Refuse($"机关“{agency}”不存在（没有 {Combine(folder, "_agency.yml")}）。先运行 new agency {agency}。");
        }

        var bag = new DiagnosticBag();
        found = AgencyLoader.Load(_files, new ContentPaths(_content), folder, bag);
        return found is null ? Refuse($"机关文件 {Combine(folder, "_agency.yml")} 有错误，请先运行 check 改正。") : null;
    }

    private ScaffoldResult Create(params ScaffoldFile[] created)
    {
        // All or nothing: check every target first, so a refusal leaves no half-made scaffold behind.
        if (created.FirstOrDefault(f => _files.FileExists(f.Path)) is { } existing)
        {
            return Refuse($"{existing.Path} 已存在，未覆盖任何文件。要重新生成，请先删除或改名。");
        }

        foreach (var file in created)
        {
            _files.WriteAllBytes(file.Path, Encoding.UTF8.GetBytes(file.Text));
        }

        return new ScaffoldResult([.. created.Select(f => f.Path)], null);
    }

    private static ScaffoldResult Refuse(string message) => new([], message);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Combine(params string[] parts) => string.Join('/', parts.Select((p, i) => i == 0 ? p.Replace('\\', '/').TrimEnd('/') : p.Trim('/')));
}
