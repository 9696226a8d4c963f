using StaticArchive.Yaml;

namespace StaticArchive.Tests.Yaml;

/// <summary>The one "did you mean" rule every reader uses.</summary>
public sealed class SuggestionTests
{
    [Theory]
    [InlineData("titel", "title")]
    [InlineData("tabel4", "table4")]
    [InlineData("state_secrte", "state_secret")]
    [InlineData("anual-report", "annual-report")]
    [InlineData("attachment", "attachments")]
    public void A_typo_finds_the_name_meant(string typed, string meant) =>
        Assert.Equal(meant, Suggestion.Nearest(typed, ["title", "table4", "state_secret", "annual-report", "attachments", "date"]));

    [Fact]
    public void A_swap_of_two_neighbours_is_one_edit() => Assert.Equal(1, Suggestion.Distance("tabel", "table"));

    [Theory]
    [InlineData("colour")]
    [InlineData("x")]
    [InlineData("report")]
    public void A_name_far_from_all_gets_no_guess(string typed) =>
        Assert.Null(Suggestion.Nearest(typed, ["title", "annual-report", "id"]));

    [Fact]
    public void Ties_go_to_the_ordinally_first() => Assert.Equal("ab", Suggestion.Nearest("aa", ["ba", "ab"]));

    [Fact]
    public void The_hint_names_the_nearest_or_lists_all()
    {
        Assert.Equal("是不是想写 `title`？", Suggestion.Hint("titel", ["title", "date"], "字段"));
        Assert.Equal("可用的字段：title、date。", Suggestion.Hint("colour", ["title", "date"], "字段"));
    }
}
