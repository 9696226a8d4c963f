using StaticArchive.Search;
using StaticArchive.Search.Query;

namespace StaticArchive.Tests.Search;

/// <summary>What a citizen copies from a notice (索引号, 文号, 编号…) finds the document, and weighs between title and body.</summary>
public sealed class MetadataSearchTests
{
    private static SearchDocument Doc(string url, string title, string text, params (string Key, string Value)[] metadata) =>
        new(url, title, text, "linzi-gxj", "临淄区工业和信息化局", 2023, "document", "文件", "2023-05-01",
            Metadata: [.. metadata.Select(m => KeyValuePair.Create(m.Key, m.Value))]);

    private static readonly SearchDocument[] Docs =
    [
        Doc("a/", "关于安全生产的通知", "正文没有编号。", ("meta_index_no", "11370305MB2854017X/2023-00012"), ("meta_doc_no", "临工信发〔2023〕7号")),
        Doc("b/", "工作总结", "本文引用临工信发〔2023〕7号文件的要求。"),
        Doc("c/", "临工信发〔2023〕7号的解读", "解读正文。"),
        Doc("d/", "其他通知", "无关内容。", ("proposal_session", "区十八届人大三次会议"), ("proposal_number", "第12号")),
    ];

    private static SearchEngine Engine() => new(new SearchIndexReader(TestCorpus.Reader(TestCorpus.Index(Docs))));

    [Fact]
    public void An_index_number_query_finds_exactly_its_document_and_the_result_carries_the_field()
    {
        var hits = Engine().SearchAll("11370305MB2854017X/2023-00012");
        var hit = Assert.Single(hits);
        Assert.Equal("a/", hit.Fragment.Url);
        Assert.Contains(KeyValuePair.Create("meta_index_no", "11370305MB2854017X/2023-00012"), hit.Fragment.Metadata);
        Assert.Equal(OracleTests.BruteForce(Docs, "十八届人大"), Engine().SearchAll("十八届人大").Select(h => h.Fragment.Url));
    }

    [Fact]
    public void A_title_match_ranks_above_a_metadata_match_which_ranks_above_a_body_match()
    {
        var urls = Engine().SearchAll("临工信发〔2023〕7号").Select(h => h.Fragment.Url).ToList();
        Assert.Equal(["c/", "a/", "b/"], urls);
    }
}
