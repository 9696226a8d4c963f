namespace StaticArchive.Theme.Models;

/// <summary>An attachment link with its file type and size.</summary>
public sealed record AttachmentView(string Title, string Url, string FileType, string Size);
