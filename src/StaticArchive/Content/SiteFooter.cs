namespace StaticArchive.Content;

/// <summary>
/// The footer items a Chinese government site shows (政府网站发展指引): each is optional.
/// </summary>
public sealed record SiteFooter(
    string? Organizer,
    string? Contact,
    string? SiteCode,
    string? Icp,
    string? PublicSecurityRecord);
