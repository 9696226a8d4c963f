namespace StaticArchive.Content;

/// <summary>
/// The administrative levels an editor may write as <c>level:</c> in <c>_agency.yml</c>, from the top down. The
/// values are the editors' vocabulary; readers see each level's label from <c>theme/i18n</c> (<c>level_&lt;key&gt;</c>).
/// </summary>
internal static class AgencyLevels
{
    private static readonly (string Value, string Key)[] Levels =
        [("省级", "province"), ("市级", "city"), ("县级", "county"), ("乡镇", "township")];

    /// <summary>The values an editor may write, from the top down.</summary>
    public static IReadOnlyList<string> Values { get; } = [.. Levels.Select(l => l.Value)];

    /// <summary>The key of a level's label (<c>county</c> for 县级); <c>other</c> for no level or one not in the list.</summary>
    public static string Key(string? level) =>
        Array.FindIndex(Levels, l => l.Value == level) is var i and >= 0 ? Levels[i].Key : "other";

    /// <summary>A level's place from the top (0 for 省级); levels not in the list come after all of them.</summary>
    public static int Rank(string? level) =>
        Array.FindIndex(Levels, l => l.Value == level) is var i and >= 0 ? i : Levels.Length;
}
