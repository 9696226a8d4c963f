namespace StaticArchive.Hosting;

/// <summary>
/// What a static host accepts, as its documentation states it; a null limit is one the host does not publish.
/// </summary>
/// <param name="Key">The value of <c>host:</c> in site.yml, e.g. <c>cloudflare-pages</c>.</param>
/// <param name="Name">The host's name as people know it.</param>
/// <param name="MaxFiles">Most files in one deployment.</param>
/// <param name="MaxFileBytes">Largest single file.</param>
/// <param name="MaxSiteBytes">Most bytes in one deployment.</param>
/// <param name="Plan">Which plan the figures are for, e.g. 免费版.</param>
internal sealed record HostLimits(string Key, string Name, int? MaxFiles, long? MaxFileBytes, long? MaxSiteBytes, string Plan)
{
    private const long MiB = 1024 * 1024;
    private const long GB = 1000L * 1000 * 1000;

    /// <summary>The hosts the build knows, by key.</summary>
    public static IReadOnlyList<HostLimits> Known { get; } =
    [
        new("cloudflare-pages", "Cloudflare Pages", 20_000, 25 * MiB, null, "免费版（付费版 100,000 个文件）"),
        new("github-pages", "GitHub Pages", null, null, 1 * GB, "公开仓库"),
        new("gitlab-pages", "GitLab Pages", 200_000, null, 1 * GB, "GitLab.com 默认"),
        new("netlify", "Netlify", null, null, null, "未公布文件数和大小上限"),
        new("static", "自有服务器或对象存储", null, null, null, "无上限"),
    ];

    /// <summary>The host with this key, or null.</summary>
    public static HostLimits? Find(string key) => Known.FirstOrDefault(h => h.Key == key);
}
