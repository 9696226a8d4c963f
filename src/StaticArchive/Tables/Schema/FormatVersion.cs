namespace StaticArchive.Tables.Schema;

/// <summary>Which national format a report's tables follow.</summary>
internal enum FormatVersion
{
    /// <summary>国办公开办函〔2021〕30号, reports for 2021 onwards.</summary>
    Gb2021,

    /// <summary>国办公开办函〔2019〕60号, reports for 2019 and 2020.</summary>
    Gb2019,
}
