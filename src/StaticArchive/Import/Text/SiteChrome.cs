using System.Text.RegularExpressions;

namespace StaticArchive.Import.Text;

/// <summary>
/// Removes what a page's text carries around the article: the breadcrumb (当前位置：首页…), the date and share
/// buttons (微信 微博 QQ空间), print and download links (打印本页, 附件下载) and the 来源 line at the end.
/// </summary>
internal static partial class SiteChrome
{
    public static string Strip(string text, List<string> notes)
    {
        var stripped = text;
        if (LeadingChrome().Match(stripped) is { Success: true } lead)
        {
            stripped = stripped[lead.Length..];
            notes.Add("已删除页面导航文字（当前位置、分享按钮等）。");
        }

        if (TrailingChrome().Match(stripped) is { Success: true } tail)
        {
            stripped = stripped[..tail.Index];
            notes.Add("已删除页面末尾的来源、打印和附件下载文字。");
        }

        return stripped;
    }

    [GeneratedRegex(@"^\s*当前位置[:：][\s\S]{0,400}?(微信\s*微博\s*QQ空间|打印本页)(\s*全真版)?(\s*文字版)?(\s*文件下载)?(\s*相关链接[:：]\s*(-->)?)?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingChrome();

    [GeneratedRegex(@"(\s*来源[:：][^\n]{0,40})?\s*(附件下载|打印本页|关闭窗口)[\s\S]{0,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingChrome();
}
