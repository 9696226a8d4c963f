namespace StaticArchive.Tables;

/// <summary>Every diagnostic code of the tables feature (the SA2xxx range), in one place.</summary>
internal static class TableDiagnosticCodes
{
    /// <summary>The data file is not valid YAML.</summary>
    public const string YamlSyntax = "SA2001";

    /// <summary>A key the schema does not know (the hint names the nearest known key).</summary>
    public const string UnknownKey = "SA2002";

    /// <summary>A value of the wrong type (text where a number belongs, a list where a row belongs…).</summary>
    public const string WrongType = "SA2003";

    /// <summary>A standard table is missing a row.</summary>
    public const string MissingRow = "SA2005";

    /// <summary>A row is missing a cell.</summary>
    public const string MissingCell = "SA2006";

    /// <summary><c>format_version</c> is not gb2021 or gb2019.</summary>
    public const string UnknownFormatVersion = "SA2007";

    /// <summary>Standard tables without a <c>format_version</c>.</summary>
    public const string MissingFormatVersion = "SA2008";

    /// <summary><c>report.format_version</c> disagrees with the top-level one.</summary>
    public const string FormatVersionMismatch = "SA2009";

    /// <summary><c>schema:</c> names another schema.</summary>
    public const string UnknownSchema = "SA2010";

    /// <summary>A report data file lacks one of the three standard tables.</summary>
    public const string MissingTable = "SA2011";

    /// <summary>A generic table is malformed (no caption, a row with the wrong number of cells…).</summary>
    public const string GenericTableInvalid = "SA2013";

    /// <summary>A count too large to add up with the others (beyond any real report).</summary>
    public const string CellTooLarge = "SA2014";

    /// <summary>R1: a row of table 三 whose 总计 is not the sum of its columns.</summary>
    public const string RuleR1 = "SA2021";

    /// <summary>R2: （七）总计 is not the sum of the result rows.</summary>
    public const string RuleR2 = "SA2022";

    /// <summary>R3: 一＋二 ≠ 三（七）＋四 (the printed 勾稽关系).</summary>
    public const string RuleR3 = "SA2023";

    /// <summary>R4: a table 四 group whose 总计 is not the sum of its results.</summary>
    public const string RuleR4 = "SA2024";

    /// <summary>R5: a negative count or a money amount that is not a non-negative decimal.</summary>
    public const string RuleR5 = "SA2025";

    /// <summary>W1: 四、结转下年度继续办理 of year N−1 ≠ 二、上年结转 of year N.</summary>
    public const string CrossYearCarry = "SA2031";

    /// <summary>W2: 现行有效件数 does not follow last year's stock + 制发 − 废止.</summary>
    public const string CrossYearStock = "SA2032";

    /// <summary>A <c>{{&lt; table name &gt;}}</c> shortcode names a table the data file does not have.</summary>
    public const string UnknownTableName = "SA2041";

    /// <summary>A table shortcode in a document that has no data file.</summary>
    public const string ShortcodeWithoutData = "SA2042";

    /// <summary>A table defined in the data file but placed nowhere in the document.</summary>
    public const string TableNotPlaced = "SA2043";

    /// <summary>The same table placed twice in one document.</summary>
    public const string TablePlacedTwice = "SA2044";
}
