namespace StaticArchive.Theme.Models;

/// <summary>A document in a listing.</summary>
public sealed record DocumentItemView(
    string Title,
    string Url,
    string Date,
    string Type,
    string TypeLabel,
    string AgencyName,
    string AgencyUrl,
    int Year,
    string? Summary,
    string? ResultLabel);
