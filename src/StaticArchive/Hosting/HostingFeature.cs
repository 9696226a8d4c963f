using System.Globalization;
using StaticArchive.Build;
using StaticArchive.Core;

namespace StaticArchive.Hosting;

/// <summary>
/// Checks the whole output against the limits of the host that site.yml declares (<c>host:</c>): a warning per
/// limit the output breaks, naming the limit, the figure and the file, so an editor learns it before the upload fails.
/// </summary>
internal sealed class HostingFeature : IArchiveFeature
{
    /// <summary>The output breaks a limit of the declared host.</summary>
    public const string OverLimit = "SA6001";

    /// <summary>site.yml names a host the build does not know.</summary>
    public const string UnknownHost = "SA6002";

    /// <inheritdoc/>
    public void Verify(AggregateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Archive.Settings.Host is not { } key || HostLimits.Find(key) is not { } host)
        {
            return;
        }

        var file = context.Paths.Display(context.Paths.Combine(context.Paths.Content, "site.yml"));
        foreach (var (message, hint) in Breaches(host, OutputSummary.Of(context.OutputSizes)))
        {
            context.Diagnostics.Warning(OverLimit, file, context.Archive.Settings.HostLine, 0, message, hint);
        }
    }

    /// <summary>Each limit of <paramref name="host"/> the output breaks: what it is, with the figure, and how to fix it.</summary>
    public static IEnumerable<(string Message, string Hint)> Breaches(HostLimits host, OutputSummary summary)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(summary);
        if (host.MaxFiles is { } files && summary.Files > files)
        {
            yield return ($"输出共 {N(summary.Files)} 个文件，超过 {host.Name}（{host.Plan}）每次部署最多 {N(files)} 个文件的限制。",
                "换一个托管平台（site.yml 的 host:），或升级该平台的套餐；README 的“部署”一节列有各平台的限制。");
        }

        if (host.MaxFileBytes is { } perFile && summary.LargestBytes > perFile)
        {
            yield return ($"最大的文件 {summary.LargestPath} 有 {Size(summary.LargestBytes)}，超过 {host.Name} 单个文件最大 {Size(perFile)} 的限制。",
                "附件太大时，把它放到别处并在文档中链接；其他文件过大请报告问题。");
        }

        if (host.MaxSiteBytes is { } site && summary.Bytes > site)
        {
            yield return ($"输出共 {Size(summary.Bytes)}，超过 {host.Name}（{host.Plan}）每个站点最多 {Size(site)} 的限制。",
                "换一个托管平台（site.yml 的 host:），或把大附件放到别处；README 的“部署”一节列有各平台的限制。");
        }
    }

    /// <summary>A size as people read it: MB (10⁶ bytes) for a site limit given in GB, MiB otherwise.</summary>
    public static string Size(long bytes) => bytes >= 1_000_000_000 && bytes % 1_000_000_000 == 0
        ? $"{(bytes / 1_000_000_000).ToString(CultureInfo.InvariantCulture)} GB"
        : $"{(bytes / 1024.0 / 1024).ToString("0.0", CultureInfo.InvariantCulture)} MiB";

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
