using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace StaticArchive.OpenData;

/// <summary>
/// The archive dataset as one Parquet file (<c>data/figures.parquet</c>): the columns of <see cref="ArchiveTable"/>
/// under their machine names, typed (whole numbers, booleans, text), compressed. pandas, R
/// (arrow), DuckDB and Excel's Power Query read it directly.
/// </summary>
internal static class ParquetDataset
{
    // Each row group repeats the metadata of every column (about 240): few, large groups keep the file small,
    // while a bounded group keeps the rows held at once bounded at any archive size.
    private const int RowsPerGroup = 20_000;

    /// <summary>Where the file goes, relative to the output root.</summary>
    public const string Path = "data/figures.parquet";

    /// <summary>Writes the table to <paramref name="stream"/>, a year's rows at a time.</summary>
    public static void Write(Stream stream, ArchiveTable table)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(table);
        // Parquet.Net writes asynchronously only; the build's write phase is synchronous and owns no context.
        WriteAsync(stream, table).GetAwaiter().GetResult();
    }

    private static async Task WriteAsync(Stream stream, ArchiveTable table)
    {
        var fields = table.Columns.Select(Field).ToArray();
        var schema = new ParquetSchema(fields);
        // Snappy: the codec every Parquet reader has, Power Query and the small JavaScript readers included.
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, options).ConfigureAwait(false);
        foreach (var chunk in table.Reports.Chunk(RowsPerGroup))
        {
            var rows = chunk.Select(table.Row).ToArray();
            using var group = writer.CreateRowGroup();
            for (var c = 0; c < fields.Length; c++)
            {
                await WriteColumn(group, fields[c], table.Columns[c], rows, c).ConfigureAwait(false);
            }
        }
    }

    private static DataField Field(DatasetColumn column) => column switch
    {
        { Name: "year" } => new DataField<int>(column.Name),
        { Kind: ColumnKind.Integer } => new DataField<long?>(column.Name),
        { Kind: ColumnKind.Boolean } => new DataField<bool>(column.Name),
        _ => new DataField<string>(column.Name),
    };

    private static Task WriteColumn(ParquetRowGroupWriter group, DataField field, DatasetColumn column, string?[][] rows, int c)
    {
        if (column.Name == "year")
        {
            return group.WriteAsync<int>(field, rows.Select(r => int.Parse(r[c]!, CultureInfo.InvariantCulture)).ToArray().AsMemory());
        }

        return column.Kind switch
        {
            ColumnKind.Integer => group.WriteAsync<long>(field, rows.Select(r => Count(r[c])).ToArray().AsMemory()),
            ColumnKind.Boolean => group.WriteAsync<bool>(field, rows.Select(r => r[c] == "true").ToArray().AsMemory()),
            _ => group.WriteAsync(field, rows.Select(r => r[c]).ToArray()),
        };
    }

    // The table rules (R5) have already refused a count that is not a whole number, so only blanks are null here.
    private static long? Count(string? printed) =>
        long.TryParse(printed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
}
