namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>Which built archive a page comes from.</summary>
public enum SiteKind
{
    /// <summary>The repository's sample archive at the root.</summary>
    Sample,

    /// <summary>The sample archive under <c>/archive/</c>.</summary>
    SampleUnderSubPath,

    /// <summary>The generated archive (120 documents).</summary>
    Generated,

    /// <summary>The small archive the tests write themselves (<see cref="ReaderArchive"/>).</summary>
    Reader,
}
