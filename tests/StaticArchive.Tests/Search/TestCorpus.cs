using StaticArchive.Core;
using StaticArchive.Search;
using StaticArchive.Search.Query;
using StaticArchive.Testing;

namespace StaticArchive.Tests.Search;

/// <summary>
/// Documents for the oracle: a generated archive of 1,000 documents (<see cref="ArchiveGenerator"/>), and small
/// synthetic sets with astral, kana, Hangul and Latin text for the tokenizer's corners.
/// </summary>
internal static class TestCorpus
{
    private static readonly Lazy<IReadOnlyList<SearchDocument>> Shared = new(Load);
    private static readonly Lazy<IReadOnlyList<OutputFile>> SharedIndex = new(() => Index(Shared.Value));

    public static IReadOnlyList<SearchDocument> Documents => Shared.Value;

    private static readonly Lazy<SearchEngine> SharedEngine = new(() => new SearchEngine(new SearchIndexReader(Reader(SharedIndex.Value))));

    public static IReadOnlyList<OutputFile> Files => SharedIndex.Value;

    /// <summary>One engine over the shared index, so its caches serve every oracle query.</summary>
    public static SearchEngine Engine => SharedEngine.Value;

    public static IReadOnlyList<OutputFile> Index(IEnumerable<SearchDocument> docs, int shardTarget = 3072)
    {
        var builder = new SearchIndexBuilder(shardTarget);
        foreach (var d in docs)
        {
            builder.Add(d);
        }
        return builder.Build();
    }

    public static Func<string, byte[]?> Reader(IReadOnlyList<OutputFile> files)
    {
        var map = files.ToDictionary(f => f.Path, f => f.Content);
        return p => map.GetValueOrDefault(p);
    }

    private static IReadOnlyList<SearchDocument> Load() => CorpusReader.Read(ArchiveGenerator.Generate(1000).Files);

    public static IReadOnlyList<SearchDocument> Synthetic(int count)
    {
        string[] sentences =
        [
            "本年度共收到政府信息公开申请12件，均已按时办结。", "行政复议案件2件，维持原行政行为1件。",
            "依据GB/T 22239-2019和WCAG 2.1开展网站适老化改造。", "政府信息公开工作存在的主要问题及改进情况。",
            "联系电话：0533-7180000，邮箱xinxi@linzi.gov.cn。", "推进政务公开标准化规范化建设。",
            "𠀀𠀁是扩展区汉字，カタカナ与한국어也要能搜到。", "临淄区人民政府办公室关于做好2023年工作的通知。",
        ];
        var agencies = new[] { ("linzi-gxj", "临淄区工业和信息化局"), ("zibo-czj", "淄博市财政局"), ("linzi-xindian", "辛店街道办事处") };
        var types = new[] { ("annual-report", "年度报告"), ("guide", "公开指南"), ("proposal", "建议提案") };
        var random = new Random(7);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var (slug, name) = agencies[i % 3];
            var (type, label) = types[i / 3 % 3];
            var year = 2019 + i % 7;
            var text = string.Join("", Enumerable.Range(0, 8).Select(_ => sentences[random.Next(sentences.Length)]));
            return new SearchDocument($"{slug}/{year}/doc-{i}/", $"{name}{year}年{label}", text, slug, name, year, type, label, $"{year + 1}-01-{1 + i % 28:00}");
        })];
    }
}
