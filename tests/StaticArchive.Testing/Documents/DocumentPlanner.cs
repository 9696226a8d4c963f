using System.Globalization;
using StaticArchive.Testing.Agencies;
using StaticArchive.Testing.Prose;

namespace StaticArchive.Testing.Documents;

/// <summary>
/// Decides which documents exist: one report and one guide per agency-year while there are enough documents,
/// the rest proposal replies, more of them at higher levels. With fewer documents, reports and guides go to a
/// random share of the agency-years and proposals are 30 %.
/// </summary>
internal static class DocumentPlanner
{
    public const int FirstYear = 2019;
    public const int LastYear = 2025;

    private static readonly string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static readonly string Given = "建国华军平明丽娟敏静杰涛强磊伟芳秀英霞刚勇毅俊峰辉鹏宇浩然晨阳海波红梅兰庆志文斌超洁琳慧颖晓东雪玉凤春燕立新永利德明亮成林";
    private static readonly string[] Parties = ["民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "工商联"];
    private static readonly (string, double)[] Results = [("solved", 50), ("in-progress", 20), ("planned", 15), ("for-reference", 15)];

    public static List<PlannedDocument> Plan(int count, IReadOnlyList<GeneratedAgency> agencies, SeededRandom random)
    {
        var slots = Enumerable.Range(0, agencies.Count)
            .SelectMany(a => Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(y => (Agency: a, Year: y)))
            .ToList();
        List<(int Agency, int Year)> reportSlots, guideSlots;
        int proposals;
        if (count >= 2 * slots.Count)
        {
            reportSlots = guideSlots = slots;
            proposals = count - (2 * slots.Count);
        }
        else
        {
            proposals = (int)Math.Round(count * 0.3);
            var reportsAndGuides = count - proposals;
            var reports = (reportsAndGuides + 1) / 2;
            var guides = reportsAndGuides - reports;
            var order = random.Sample(slots, slots.Count);
            reportSlots = [.. order.Take(reports).Order()];
            guideSlots = [.. (reports + guides <= order.Count ? order.Skip(reports) : order).Take(guides).Order()];
        }

        var cumulative = new double[slots.Count];
        for (var i = 0; i < slots.Count; i++)
        {
            cumulative[i] = (i > 0 ? cumulative[i - 1] : 0) + Weight(agencies[slots[i].Agency]);
        }

        var perSlot = new Dictionary<(int, int), int>();
        for (var i = 0; i < proposals; i++)
        {
            var slot = slots[random.Cumulative(cumulative)];
            perSlot[slot] = perSlot.GetValueOrDefault(slot) + 1;
        }

        var documents = new List<PlannedDocument>();
        foreach (var slot in slots.Where(perSlot.ContainsKey))
        {
            documents.AddRange(Proposals(agencies[slot.Agency], slot, perSlot[slot], random));
        }

        documents.AddRange(guideSlots.Select(s => new PlannedDocument(s.Agency, s.Year, "guide", $"guide-{s.Year}", Date(s.Year, random.Between(1, 12), random.Between(1, 28)))));
        documents.AddRange(reportSlots.Select(s => new PlannedDocument(s.Agency, s.Year, "annual-report", $"annual-report-{s.Year}", Date(s.Year + 1, 1, random.Between(10, 31)))));
        return [.. documents.OrderBy(d => d.Agency).ThenBy(d => d.Year).ThenBy(d => d.TypeOrder).ThenBy(d => d.Slug, StringComparer.Ordinal)];
    }

    private static double Weight(GeneratedAgency agency) => agency.Level switch { "省级" => 3, "市级" => 2, "县级" => 1.5, _ => 0.5 };

    private static IEnumerable<PlannedDocument> Proposals(GeneratedAgency agency, (int Agency, int Year) slot, int count, SeededRandom random)
    {
        var kinds = Enumerable.Range(0, count)
            .Select(_ => agency.Level == "乡镇" || random.Chance(0.45) ? "npc-suggestion" : "cppcc-proposal")
            .ToList();
        var numbers = Enumerable.Range(1, Math.Max(250, 4 * count)).ToList();
        foreach (var kind in new[] { "npc-suggestion", "cppcc-proposal" })
        {
            var k = kinds.Count(x => x == kind);
            foreach (var number in random.Sample(numbers, k).Order())
            {
                var congress = kind == "npc-suggestion";
                yield return new PlannedDocument(slot.Agency, slot.Year, "proposal", $"{kind}-{number}", Date(slot.Year, random.Between(5, 9), random.Between(1, 28)))
                {
                    Kind = kind,
                    Number = number,
                    Session = congress ? Sessions.Congress(agency, slot.Year) : Sessions.Conference(agency, slot.Year),
                    Proposer = Proposer(agency, congress, random),
                    Result = random.Weighted(Results),
                    Topic = random.Pick(OwnSentences.Topics),
                };
            }
        }
    }

    private static string Proposer(GeneratedAgency agency, bool congress, SeededRandom random)
    {
        if (!congress && random.Chance(0.2))
        {
            var party = random.Pick(Parties);
            return party == "工商联" ? agency.RegionShort + party : party + agency.RegionShort + "委员会";
        }

        var person = Surnames[random.Below(Surnames.Length)] + string.Concat(Enumerable.Range(0, random.Pick([1, 2, 2])).Select(_ => Given[random.Below(Given.Length)]));
        return random.Chance(0.15) ? person + "等" + random.Between(2, 6).ToString(CultureInfo.InvariantCulture) + "人" : person;
    }

    private static string Date(int year, int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}-{day:00}");
}
