using System.Globalization;

namespace StaticArchive.Testing.Agencies;

/// <summary>
/// Invents the agencies of an archive: about 5 % provincial, 15 % city, 60 % county and 20 % township, each
/// region's offices under the same office (else the government office) of the region above.
/// </summary>
internal sealed class AgencyPlanner
{
    private readonly SeededRandom _random;
    private readonly PlaceNamer _names;
    private readonly List<GeneratedAgency> _agencies = [];
    private readonly Dictionary<(char Level, int Index), Dictionary<string, GeneratedAgency>> _byRegion = [];

    private AgencyPlanner(SeededRandom random)
    {
        _random = random;
        _names = new PlaceNamer(random);
    }

    /// <summary>At least three agencies, parents before children.</summary>
    public static IReadOnlyList<GeneratedAgency> Plan(int count, SeededRandom random)
    {
        var provincial = Math.Max(1, (int)(count * 0.05));
        var city = Math.Max(1, (int)(count * 0.15));
        var township = (int)(count * 0.20);
        var county = count - provincial - city - township;
        if (county < 1)
        {
            township -= 1 - county;
            county = 1;
        }

        var planner = new AgencyPlanner(random);
        var provinces = planner.Regions('p', provincial, 6, 12, null, _ => "省");
        var cities = planner.Regions('c', city, 6, 14, provinces, _ => "市");
        var counties = planner.Regions('k', county, 8, 18, cities, r => r.Chance(0.5) ? "区" : "县");
        planner.Townships(township, counties);
        return planner._agencies;
    }

    private sealed record Region(string Han, string Pinyin, string Whole, int Index, Region? Above);

    // Regions of one level until that level has its share of agencies; each region holds the government office
    // and a sample of the other offices.
    private List<Region> Regions(char level, int agencies, int fewest, int most, List<Region>? above, Func<SeededRandom, string> suffix)
    {
        var regions = new List<Region>();
        for (var i = 0; agencies > 0; i++)
        {
            var parent = above?[i % above.Count];
            var (han, pinyin) = _names.Make(suffix(_random));
            var region = new Region(han, pinyin, (parent?.Whole ?? "虚构") + han, i, parent);
            regions.Add(region);
            var offices = Offices(Math.Min(agencies, _random.Between(fewest, most)), provincial: level == 'p');
            foreach (var office in offices)
            {
                Add(level, region, office);
                agencies--;
            }
        }

        return regions;
    }

    private List<Department> Offices(int count, bool provincial)
    {
        var rest = Department.All.Skip(1).Where(d => !provincial || d.ProvinceName is not null).ToList();
        return [Department.All[0], .. _random.Sample(rest, Math.Min(count, rest.Count + 1) - 1)];
    }

    private void Add(char level, Region region, Department office)
    {
        var provincial = level == 'p';
        var levelName = level switch { 'p' => "省级", 'c' => "市级", _ => "县级" };
        var prefix = level switch { 'p' => "省", 'c' => "市", _ => region.Han[^1..] };
        var parent = region.Above is { } above ? Parent(level == 'c' ? 'p' : 'c', above.Index, office.Key) : null;
        Add(region, level, new GeneratedAgency(
            Slug: $"{region.Pinyin}-{office.Key}",
            Name: "虚构" + region.Han + (provincial ? office.ProvinceName : office.Name),
            Short: prefix + (provincial ? office.ProvinceShort : office.Short),
            Level: levelName,
            Region: region.Whole,
            RegionShort: "虚构" + region.Han,
            LevelPrefix: prefix,
            Office: office,
            Parent: parent,
            Address: Address("虚构" + region.Han),
            Postcode: Postcode(),
            Phone: Phone(),
            Email: $"{region.Pinyin}{office.Key}@example.gov.cn"));
    }

    private void Townships(int count, List<Region> counties)
    {
        for (var i = 0; i < count; i++)
        {
            var county = counties[i % counties.Count];
            var (han, pinyin) = _names.Make("", scope: county.Pinyin);
            var street = _random.Chance(0.5);
            var shortName = han + (street ? "街道" : "镇");
            var region = new Region(shortName, pinyin, county.Whole + shortName, i, county);
            Add(region, 't', new GeneratedAgency(
                Slug: $"{county.Pinyin}-{pinyin}",
                Name: "虚构" + county.Han + han + (street ? "街道办事处" : "镇人民政府"),
                Short: shortName,
                Level: "乡镇",
                Region: region.Whole,
                RegionShort: "虚构" + shortName,
                LevelPrefix: county.Han[^1..],
                Office: null,
                Parent: Parent('k', county.Index, "zfb"),
                Address: Address("虚构" + county.Han),
                Postcode: Postcode(),
                Phone: Phone(),
                Email: $"{county.Pinyin}{pinyin}@example.gov.cn"));
        }
    }

    private void Add(Region region, char level, GeneratedAgency agency)
    {
        _agencies.Add(agency);
        var key = (level, region.Index);
        if (!_byRegion.TryGetValue(key, out var offices))
        {
            _byRegion[key] = offices = [];
        }

        offices[agency.Office?.Key ?? "town"] = agency;
    }

    private string? Parent(char level, int index, string office) =>
        _byRegion.TryGetValue((level, index), out var offices)
            ? (offices.GetValueOrDefault(office) ?? offices.GetValueOrDefault("zfb"))?.Slug
            : null;

    private string Address(string region) =>
        region + _names.Make(_random.Pick(["路", "大道", "街"]), scope: "road:" + region).Han + _random.Between(1, 999).ToString(CultureInfo.InvariantCulture) + "号";

    // Numbers no one answers: 000 is no area code, 999 begins no postcode.
    private string Postcode() => "999" + _random.Between(0, 999).ToString("000", CultureInfo.InvariantCulture);

    private string Phone() => "000-" + _random.Between(20_000_000, 89_999_999).ToString(CultureInfo.InvariantCulture);
}
