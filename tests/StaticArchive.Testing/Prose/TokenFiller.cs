using System.Globalization;
using System.Text;
using StaticArchive.Testing.Agencies;
using StaticArchive.Testing.Documents;

namespace StaticArchive.Testing.Prose;

/// <summary>Fills the ⟨tokens⟩ of template sentences with one document's agency, year and details.</summary>
internal sealed class TokenFiller
{
    private readonly SeededRandom _random;
    private readonly Dictionary<string, string> _values;

    public TokenFiller(GeneratedAgency agency, int year, SeededRandom random, string? topic = null, string? kind = null)
    {
        _random = random;
        _values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["A"] = agency.Name,
            ["S"] = agency.Short,
            ["R"] = agency.RegionShort,
            ["L"] = agency.LevelPrefix,
            ["M"] = agency.RegionShort.TrimEnd('区', '县', '市', '省') + agency.BareShort + random.Pick(["微站", "发布"]),
            ["Y"] = year.ToString(CultureInfo.InvariantCulture),
            ["Y1"] = (year - 1).ToString(CultureInfo.InvariantCulture),
            ["ADDR"] = agency.Address,
            ["PC"] = agency.Postcode,
            ["TEL"] = agency.Phone,
            ["MAIL"] = agency.Email,
            ["NPC"] = Sessions.Congress(agency, year),
            ["CPPCC"] = Sessions.Conference(agency, year),
            ["T"] = topic ?? "",
            ["K"] = kind ?? "",
        };
    }

    /// <summary>The sentence with its tokens filled; ⟨N⟩ is a fresh count each time, an unknown token nothing.</summary>
    public string Fill(string template)
    {
        var open = template.IndexOf('⟨', StringComparison.Ordinal);
        if (open < 0)
        {
            return template;
        }

        var text = new StringBuilder(template.Length + 32);
        var at = 0;
        while (open >= 0)
        {
            var close = template.IndexOf('⟩', open);
            text.Append(template, at, open - at);
            var token = template[(open + 1)..close];
            text.Append(token == "N" ? _random.Between(12, 400).ToString(CultureInfo.InvariantCulture) : _values.GetValueOrDefault(token, ""));
            at = close + 1;
            open = template.IndexOf('⟨', at);
        }

        return text.Append(template, at, template.Length - at).ToString();
    }
}
