using System.Text.RegularExpressions;

namespace StaticArchive.Import.Documents;

/// <summary>The contact details a report's preamble prints (地址, 邮编, 电话, 电子邮箱), each only when printed.</summary>
internal static partial class Contact
{
    /// <summary>The details found, as data-file keys and values, in a fixed order.</summary>
    public static List<(string Key, string Value)> Read(string preamble)
    {
        var found = new List<(string, string)>();
        Add("address", Address().Match(preamble));
        Add("postcode", Postcode().Match(preamble));
        Add("phone", Phone().Match(preamble));
        Add("email", Email().Match(preamble));
        return found;

        void Add(string key, Match match)
        {
            if (match.Success)
            {
                found.Add((key, match.Groups["v"].Value.Trim()));
            }
        }
    }

    [GeneratedRegex(@"地址[:：]\s*(?<v>[^；;，,）)。]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    [GeneratedRegex(@"邮编[:：]\s*(?<v>\d{6})", RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"电话[:：]\s*(?<v>[0-9][0-9\-－]{5,})", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"(电子邮箱|电子信箱|邮箱)[:：]\s*(?<v>[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+[A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
