using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticArchive.IO;
using StaticArchive.Tables.Schema;

namespace StaticArchive.OpenData;

/// <summary>CSV and JSON conventions shared by the open-data files.</summary>
internal static class OpenDataFormat
{
    // Made once, since an encoder builds its tables when created.
    private static readonly JavaScriptEncoder ReadableEncoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>Chinese stays readable in the JSON; HTML-sensitive characters are still escaped.</summary>
    public static JsonWriterOptions JsonOptions(bool indented) => new()
    {
        Encoder = ReadableEncoder,
        Indented = indented,
        NewLine = "\n",
    };

    /// <summary>A CSV file as bytes: UTF-8 with a BOM, so Excel opens the Chinese text correctly; CRLF line ends (RFC 4180).</summary>
    /// <remarks>
    /// The text is encoded into a buffer the thread keeps and copied out once: a StringBuilder, its string and
    /// then the bytes were three copies of each of the 3,500 report files at 10,000 documents.
    /// </remarks>
    public static byte[] Csv(IReadOnlyList<string> header, Action<TextWriter> writeRows)
    {
        ArgumentNullException.ThrowIfNull(writeRows);
        var writer = _csvBuffer ??= new Utf8BufferWriter();
        writer.Reset();
        writer.Write('\uFEFF');
        Row(writer, header);
        writeRows(writer);
        return writer.Finish().ToArray();
    }

    /// <summary>Writes the same CSV to a stream, a row at a time (the archive dataset is too large to hold).</summary>
    public static void WriteCsv(Stream stream, IReadOnlyList<string> header, Action<TextWriter> writeRows)
    {
        ArgumentNullException.ThrowIfNull(writeRows);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        Row(writer, header);
        writeRows(writer);
    }

    /// <summary>One CSV field (<see cref="CsvCell"/>); <paramref name="first"/> omits the comma.</summary>
    public static void Field(TextWriter writer, string? field, bool first = false)
    {
        if (!first)
        {
            writer.Write(',');
        }

        CsvCell.Write(writer, field);
    }

    /// <summary>Ends a CSV row.</summary>
    public static void EndRow(TextWriter writer) => writer.Write("\r\n");

    [ThreadStatic]
    private static Utf8BufferWriter? _csvBuffer;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _jsonBuffer;

    /// <summary>A small JSON file made by <paramref name="write"/>, through a buffer the thread keeps, ending in a newline.</summary>
    public static byte[] Json(bool indented, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = _jsonBuffer ??= new ArrayBufferWriter<byte>(1 << 16);
        buffer.ResetWrittenCount();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions(indented)))
        {
            write(w);
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a figure's value: a number for counts, the published string for money, null for a blank.</summary>
    public static void WriteValue(Utf8JsonWriter writer, CellType type, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else if (type != CellType.Money && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            writer.WriteNumberValue(n);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    private static void Row(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            Field(writer, fields[i], first: i == 0);
        }

        EndRow(writer);
    }
}
