namespace StaticArchive.Content;

/// <summary>A file published with a document, beside it in the content folder.</summary>
/// <param name="File">The file name as written in front matter, relative to the document's folder.</param>
/// <param name="Title">What the link says.</param>
/// <param name="SourcePath">The full path of the file.</param>
/// <param name="Size">Its size in bytes.</param>
internal sealed record Attachment(string File, string Title, string SourcePath, long Size);
