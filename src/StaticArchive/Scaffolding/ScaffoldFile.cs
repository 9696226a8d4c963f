namespace StaticArchive.Scaffolding;

/// <summary>A file a scaffold creates: its full path and text.</summary>
internal sealed record ScaffoldFile(string Path, string Text);
