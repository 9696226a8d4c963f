namespace StaticArchive.Theme.Models;

/// <summary>A document in a listing. <c>Date</c> is null when the source does not state it; <c>DateInferred</c>
/// marks a date that is inferred, not stated; <c>Sample</c> an invented document, marked in every listing;
/// <c>Draft</c> a document not ready to publish, which only the <c>serve</c> preview shows. A
/// proposal's reply has its <c>ResultLabel</c> and <c>Subject</c> (事由, labelled <c>SubjectLabel</c>: 事由 or 案由).</summary>
public sealed record DocumentItemView(
    string Title,
    string Url,
    string? Date,
    string Type,
    string TypeLabel,
    string AgencyName,
    string AgencyUrl,
    int Year,
    string? Summary,
    string? ResultLabel,
    bool DateInferred = false,
    bool Sample = false,
    bool Draft = false,
    string? Subject = null,
    string? SubjectLabel = null);
