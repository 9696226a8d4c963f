using StaticArchive.Content;

namespace StaticArchive.History;

/// <summary>
/// The "查看源文件 / 提出修改" link of a document from site.yml's <c>repository:</c>. It points at the file's
/// real path (a proposal in <c>proposals/</c> keeps its folder, which its URL drops). GitHub resolves
/// <c>blob/HEAD/</c> to the default branch; Gitee does not, so Gitee links name <c>master</c>; GitLab uses <c>/-/blob/</c>.
/// </summary>
internal static class SourceLink
{
    /// <summary>The source URL of a document.</summary>
    public static string For(string repository, Document document)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(document);
        var repo = repository.Trim().TrimEnd('/');
        repo = repo.EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? repo[..^4] : repo;
        var path = document.DisplayPath.Replace('\\', '/').TrimStart('/');
        var host = Uri.TryCreate(repo, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant() : "";
        return host switch
        {
            "gitee.com" => $"{repo}/blob/master/{path}",
            _ when host.Contains("gitlab", StringComparison.Ordinal) => $"{repo}/-/blob/HEAD/{path}",
            _ => $"{repo}/blob/HEAD/{path}",
        };
    }
}
