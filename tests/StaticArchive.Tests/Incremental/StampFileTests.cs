using System.Text;
using StaticArchive.Core;
using StaticArchive.Incremental;

namespace StaticArchive.Tests.Incremental;

/// <summary>The build stamp's file: what is written is read back exactly; anything else is no stamp (a full build).</summary>
public sealed class StampFileTests
{
    private static readonly BuildStamp Stamp = new(
        "0123abcd",
        new SortedDictionary<string, string>(StringComparer.Ordinal) { ["index.html"] = "10:1", ["linzi-gxj/2023/年度报告/index.html"] = "2048:638000000000000000" },
        33,
        [
            Diagnostic.Warning("SA2031", @"content\a\b.yml", 19, 154, "表三\t第二行\n为 0，\\ 但上年为 1。", "请核对。"),
            Diagnostic.Error("SA1001", "content/x.md", 0, 0, "", "hint"),
        ]);

    [Fact]
    public void A_stamp_is_read_back_as_written_including_tabs_newlines_and_backslashes()
    {
        var again = StampFile.Read(StampFile.Write(Stamp));

        Assert.NotNull(again);
        Assert.Equal(Stamp.Inputs, again.Inputs);
        Assert.Equal(Stamp.Documents, again.Documents);
        Assert.Equal(Stamp.Diagnostics, again.Diagnostics);
        Assert.Equal(Stamp.Outputs, again.Outputs);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"Inputs\":\"0123abcd\"}")]
    [InlineData("staticarchive-stamp\t1\ninputs\t0123abcd\n")]
    [InlineData("staticarchive-stamp\t1\ninputs\t0123abcd\ndocuments\t33\noutput\tindex.html")]
    [InlineData("staticarchive-stamp\t1\ninputs\t0123abcd\ndocuments\t33\nsomething\telse\n")]
    public void An_old_cut_short_or_unknown_file_is_no_stamp(string text) =>
        Assert.Null(StampFile.Read(Encoding.UTF8.GetBytes(text)));
}
