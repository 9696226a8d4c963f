using StaticArchive.Core;
using StaticArchive.Yaml;

namespace StaticArchive.Safety;

/// <summary>
/// Reads a field that holds an address (<c>website</c>, <c>repository</c>, <c>base_url</c>): a target a page may
/// not carry (<see cref="LinkScheme"/>) is a warning at the field and the field is left out, as if not written.
/// </summary>
internal static class UrlField
{
    /// <summary>The field's address, or null when it is absent or refused.</summary>
    public static string? Read(YamlMap map, string key)
    {
        ArgumentNullException.ThrowIfNull(map);
        var url = map.String(key);
        if (url is null || LinkScheme.Refused(url) is not { } scheme)
        {
            return url;
        }

        map.Source.Warning(
            map.Value(key)!, DiagnosticCodes.UnsafeLink,
            $"{key}: 的地址“{LinkScheme.Shown(url)}”用的是 {LinkScheme.Shown(scheme)}: ，网页不能带这种地址（它可以执行脚本或打开站外内容），这一项没有用上。",
            $"写以 http:// 或 https:// 开头的完整网址，例如 `{key}: https://www.example.gov.cn/`；没有网址时删掉这一行。");
        return null;
    }
}
