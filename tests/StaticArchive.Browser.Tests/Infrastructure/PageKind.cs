namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>One kind of page to test, by a representative address on one of the built archives.</summary>
public sealed record PageKind(string Name, SiteKind Site, string Path)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
