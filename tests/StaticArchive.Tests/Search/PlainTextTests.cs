using StaticArchive.Search;

namespace StaticArchive.Tests.Search;

public sealed class PlainTextTests
{
    [Fact]
    public void Soft_break_between_cjk_characters_joins_them()
    {
        Assert.Equal("政府信息公开", SearchPlainText.FromMarkdown("政府信\n息公开"));
    }

    [Fact]
    public void Soft_break_between_latin_words_is_a_space_and_blocks_are_lines()
    {
        Assert.Equal("WCAG 2.1\n标题\n项目", SearchPlainText.FromMarkdown("WCAG\n2.1\n\n## 标题\n\n- 项目"));
    }
}
