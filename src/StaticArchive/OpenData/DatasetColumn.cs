namespace StaticArchive.OpenData;

/// <summary>One column of the archive dataset: its machine name, its title in the published CSV and what it holds.</summary>
/// <param name="Name">The machine key: the Parquet column's name and the CSVW <c>name</c>.</param>
/// <param name="Title">The CSV header: Chinese on a zh-CN site (CSVW <c>titles</c>).</param>
/// <param name="Kind">What the cells hold.</param>
/// <param name="Figure">For a figure of the standard tables, where it is printed; null for a column about the report.</param>
internal sealed record DatasetColumn(string Name, string Title, ColumnKind Kind, FigureColumn? Figure = null);

/// <summary>What a dataset column holds.</summary>
internal enum ColumnKind
{
    /// <summary>Text (money amounts too: they keep the published digits).</summary>
    Text,

    /// <summary>A whole number; empty when the cell was left blank.</summary>
    Integer,

    /// <summary>true or false.</summary>
    Boolean,
}
