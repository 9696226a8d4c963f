namespace StaticArchive.Theme.Models;

/// <summary>One entry of a page's 更新记录: the commit date and subject.</summary>
public sealed record RevisionView(string Date, string Subject);
