namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>Every browser test shares one <see cref="BrowserFixture"/>: the sites are built and Chromium started once.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Browser";
}
