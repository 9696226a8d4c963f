using System.Text;
using StaticArchive.IO;

namespace StaticArchive.Tests.IO;

public sealed class Utf8BufferWriterTests
{
    [Fact]
    public void Encodes_text_written_in_pieces_including_a_surrogate_pair_split_between_writes()
    {
        var writer = new Utf8BufferWriter();
        var emoji = "📄";
        writer.Write("年度报告 ");
        writer.Write(emoji[0]);
        writer.Write(emoji[1]);
        writer.Write(['<', 'p', '>'], 0, 3);

        Assert.Equal(Encoding.UTF8.GetBytes("年度报告 📄<p>"), writer.Finish().ToArray());
    }

    [Fact]
    public void Is_reused_after_reset_even_once_disposed()
    {
        var writer = new Utf8BufferWriter();
        writer.Write("第一页");
        writer.Dispose();
        writer.Reset();
        writer.Write("第二页");

        Assert.Equal("第二页", Encoding.UTF8.GetString(writer.Finish()));
    }
}
