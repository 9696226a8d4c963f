namespace StaticArchive.Scaffolding;

/// <summary>What <c>new</c> did: the files it wrote, or why it wrote nothing.</summary>
/// <param name="Created">Full paths of the files written (empty when refused).</param>
/// <param name="Error">Why nothing was written (a file exists, the agency is unknown…), or null.</param>
public sealed record ScaffoldResult(IReadOnlyList<string> Created, string? Error)
{
    /// <summary>True when the files were written.</summary>
    public bool Succeeded => Error is null;
}
