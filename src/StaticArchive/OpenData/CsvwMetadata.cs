using System.Text.Json;
using StaticArchive.Core;

namespace StaticArchive.OpenData;

/// <summary>
/// <c>data/csv-metadata.json</c>: the W3C CSV on the Web (CSVW) description of the dataset's CSV files, where a
/// CSVW processor looks for it. It pairs each Chinese column title with its machine name (the Parquet column) and
/// datatype, so the CSV can be titled for people and still read by programs.
/// </summary>
internal static class CsvwMetadata
{
    /// <summary>Where the file goes, relative to the output root.</summary>
    public const string Path = "data/csv-metadata.json";

    /// <summary>Builds the file.</summary>
    /// <param name="table">The dataset.</param>
    /// <param name="words">Titles and notes in the site's language.</param>
    /// <param name="text">The dataset's name and description.</param>
    /// <param name="language">The site's language, e.g. <c>zh-CN</c>: the language of the titles that are not the standard's.</param>
    public static OutputFile Build(ArchiveTable table, DatasetWords words, DatasetText text, string language)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        // The figures' titles are the standard's Chinese wording in every language.
        var figuresInOtherLanguage = !language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        return new OutputFile(Path, OpenDataFormat.Json(indented: true, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("@context");
            w.WriteStringValue("http://www.w3.org/ns/csvw");
            w.WriteStartObject();
            w.WriteString("@language", language);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteString("dc:title", text.Name);
            w.WriteString("dc:description", text.Description);
            w.WriteStartObject("tableSchema");
            w.WriteStartArray("columns");
            foreach (var column in table.Columns)
            {
                w.WriteStartObject();
                w.WriteString("name", column.Name);
                if (column.Figure is not null && figuresInOtherLanguage)
                {
                    w.WriteStartObject("titles");
                    w.WriteString("zh-CN", column.Title);
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteString("titles", column.Title);
                }

                w.WriteString("datatype", DataDictionary.Kind(column));
                w.WriteString("dc:description", column.Figure is null ? words.Note(column.Name) : words["note_figure"]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("primaryKey", "url");
            w.WriteEndObject();
            w.WriteStartArray("tables");
            foreach (var year in table.Years)
            {
                w.WriteStartObject();
                w.WriteString("url", YearFiles.PathOf(year)["data/".Length..]);
                w.WriteEndObject();
            }

            WriteDictionary(w, words);
            w.WriteEndArray();
            w.WriteEndObject();
        }));
    }

    private static void WriteDictionary(Utf8JsonWriter w, DatasetWords words)
    {
        w.WriteStartObject();
        w.WriteString("url", DataDictionary.Path["data/".Length..]);
        w.WriteStartObject("tableSchema");
        w.WriteStartArray("columns");
        foreach (var name in DataDictionary.Fields)
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteString("titles", words["dict_" + name]);
            w.WriteString("datatype", "string");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("primaryKey", "name");
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
