using StaticArchive.Core;

namespace StaticArchive.Tests.Core;

public sealed class DiagnosticTests
{
    [Fact]
    public void Prints_like_a_compiler_with_file_line_and_column()
    {
        var d = Diagnostic.Error("SA0101", "content/a/2023/x.md", 3, 7, "坏了", "修好");
        Assert.Equal("content/a/2023/x.md:3:7: error SA0101: 坏了", d.ToString());
    }

    [Fact]
    public void Bag_sorts_by_file_then_line_whatever_the_insertion_order()
    {
        var bag = new DiagnosticBag();
        bag.Warning("W", "b.md", 1, 1, "m", "h");
        bag.Error("E", "a.md", 9, 1, "m", "h");
        bag.Error("E", "a.md", 2, 1, "m", "h");
        Assert.Equal(["a.md:2:1", "a.md:9:1", "b.md:1:1"], bag.ToSortedList().Select(d => d.Location));
        Assert.True(bag.HasErrors);
    }
}
