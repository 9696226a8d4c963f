namespace StaticArchive.Scaffolding;

/// <summary>The marker scaffolds leave where an editor must write something; <c>check</c> names every one.</summary>
internal static class Placeholder
{
    /// <summary>The marker text.</summary>
    public const string Marker = "【待填写】";
}
