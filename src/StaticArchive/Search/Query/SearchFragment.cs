namespace StaticArchive.Search.Query;

/// <summary>The result data of one document, as stored in a fragment pack.</summary>
internal sealed record SearchFragment(string Url, string Title, string AgencyName, string AgencySlug, int Year, string Type, string TypeLabel, string Date, string Text)
{
    /// <summary>The original's address, if the document names one.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>True when the date is inferred, not stated.</summary>
    public bool DateInferred { get; init; }

    /// <summary>True for an invented (sample) document.</summary>
    public bool Sample { get; init; }

    /// <summary>Searchable metadata as (label key, value).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata { get; init; } = [];

    /// <summary>The searchable fields in the same order and form as <see cref="SearchFields"/>.</summary>
    public IEnumerable<string> Fields() => SearchFields.Of(ToDocument()).Select(f => f.Text);

    /// <summary>The fragment as the document it came from.</summary>
    public SearchDocument ToDocument() => new(Url, Title, Text, AgencySlug, AgencyName, Year, Type, TypeLabel, Date, SourceUrl, DateInferred, Sample, Metadata.Count == 0 ? null : Metadata);
}
