namespace StaticArchive.Testing.Figures;

/// <summary>
/// The data file's keys for the three tables (国办公开办函〔2021〕30号 and 〔2019〕60号), written out here rather
/// than taken from the library, so that a test comparing the two can fail.
/// </summary>
internal static class TableKeys
{
    /// <summary>Table 3's six applicant columns and the total.</summary>
    public static readonly string[] ApplicantColumns =
        ["natural_person", "commercial_enterprise", "research_institution", "public_welfare_org", "legal_service_org", "other_org", "total"];

    /// <summary>How often each applicant column files a request.</summary>
    public static readonly (int Column, double Weight)[] ApplicantWeights = [(0, 85), (1, 8), (2, 1), (3, 1), (4, 3), (5, 2)];

    /// <summary>Table 3's result groups, each child with how often a request ends there.</summary>
    public static readonly (string Group, (string Key, double Weight)[] Children)[] ResultGroups =
    [
        ("denied", [("state_secret", .2), ("prohibited_by_law", .3), ("three_securities_one_stability", .2), ("third_party_rights", 1),
            ("internal_affairs", 1), ("process_information", 1), ("enforcement_case_file", .5), ("administrative_inquiry", 1)]),
        ("unable_to_provide", [("not_held", 18), ("needs_creation", 2), ("unclear_after_correction", 2)]),
        ("not_processed", [("petition_complaint", 2), ("duplicate", 2), ("publication", .5), ("excessive_repeated", .5), ("confirm_or_reissue", .5)]),
        ("other_handling", [("overdue_correction", 3), ("unpaid_fee", .2), ("other", 3)]),
    ];

    /// <summary>The first-level keys of table 3's results (（一） to （六）).</summary>
    public static readonly string[] ResultKeys = ["granted", "partially_granted", "denied", "unable_to_provide", "not_processed", "other_handling"];

    /// <summary>How often a request is carried forward instead of ending in a result.</summary>
    public const double CarryForwardWeight = 5;

    /// <summary>Table 4's groups.</summary>
    public static readonly string[] ReviewGroups = ["review", "litigation_direct", "litigation_after_review"];

    /// <summary>Table 4's columns.</summary>
    public static readonly string[] ReviewColumns = ["upheld", "corrected", "other", "pending", "total"];

    /// <summary>The format of a year's report: gb2019 for 2019 and 2020.</summary>
    public static string FormatVersion(int year) => year >= 2021 ? "gb2021" : "gb2019";
}
