using StaticArchive.Testing.Agencies;
using StaticArchive.Testing.Prose;

namespace StaticArchive.Testing.Documents;

/// <summary>The people's congress and CPPCC session an agency's proposals of a year belong to (市十七届人大二次会议).</summary>
internal static class Sessions
{
    public static string Congress(GeneratedAgency agency, int year) => Name(agency, year, congress: true);

    public static string Conference(GeneratedAgency agency, int year) => Name(agency, year, congress: false);

    private static string Name(GeneratedAgency agency, int year, bool congress)
    {
        var (start, npc, cppcc) = agency.Level switch { "省级" => (2023, 14, 13), "市级" => (2022, 17, 13), _ => (2022, 19, 11) };
        var term = (int)Math.Floor((year - start) / 5.0);
        var session = ((year - start) % 5 + 5) % 5 + 1;
        return congress
            ? $"{agency.LevelPrefix}{ChineseNumber.Of(npc + term)}届人大{ChineseNumber.Of(session)}次会议"
            : $"{agency.LevelPrefix}政协{ChineseNumber.Of(cppcc + term)}届{ChineseNumber.Of(session)}次会议";
    }
}
