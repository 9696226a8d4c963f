namespace StaticArchive.Search.Query;

/// <summary>One shown result: its index id, summed impact and verified fragment.</summary>
internal sealed record SearchHit(int Id, int Score, SearchFragment Fragment);
