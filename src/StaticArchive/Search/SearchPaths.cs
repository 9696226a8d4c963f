namespace StaticArchive.Search;

/// <summary>File names under <c>search/</c>; search-engine.js builds the same names.</summary>
internal static class SearchPaths
{
    public const string Root = "search/";
    public const string Manifest = Root + "manifest.json";
    public const string Facets = Root + "facets.gz";

    public static string Shard(int bucket, int part) => part == 0 ? $"{Root}s/{bucket}.gz" : $"{Root}s/{bucket}-{part}.gz";

    public static string PostingsPack(int pack) => $"{Root}p/{pack}.bin";

    public static string FragmentPack(int pack) => $"{Root}f/{pack}.bin";
}
