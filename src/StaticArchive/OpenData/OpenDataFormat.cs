using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticArchive.Tables.Schema;

namespace StaticArchive.OpenData;

/// <summary>CSV and JSON conventions shared by the open-data files.</summary>
internal static class OpenDataFormat
{
    // Made once: an encoder builds its tables when created, and one per report file showed up in profiles.
    private static readonly JavaScriptEncoder ReadableEncoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>Chinese stays readable in the JSON; HTML-sensitive characters are still escaped.</summary>
    public static JsonWriterOptions JsonOptions(bool indented) => new()
    {
        Encoder = ReadableEncoder,
        Indented = indented,
        NewLine = "\n",
    };

    /// <summary>A CSV file as bytes: UTF-8 with a BOM, so Excel opens the Chinese text correctly; CRLF line ends (RFC 4180).</summary>
    public static byte[] Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        // Not through WriteCsv: its 64 K-char StreamWriter puts two buffers on the large-object heap, and one
        // pair per report (3,500 at 10,000 documents) forced gen-2 collections all build long.
        var sb = new StringBuilder();
        Line(sb, header);
        foreach (var row in rows)
        {
            Line(sb, row);
        }

        var text = sb.ToString();
        var preamble = Encoding.UTF8.Preamble;
        var bytes = new byte[preamble.Length + Encoding.UTF8.GetByteCount(text)];
        preamble.CopyTo(bytes);
        Encoding.UTF8.GetBytes(text, bytes.AsSpan(preamble.Length));
        return bytes;
    }

    /// <summary>Writes the same CSV to a stream, a row at a time (the archive dataset is too large to hold).</summary>
    public static void WriteCsv(Stream stream, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        var sb = new StringBuilder();
        Line(sb, header);
        foreach (var row in rows)
        {
            Line(sb, row);
            if (sb.Length > 1 << 14)
            {
                writer.Write(sb);
                sb.Clear();
            }
        }

        writer.Write(sb);
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

    private static void Line(StringBuilder sb, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            var field = fields[i] ?? "";
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                sb.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                sb.Append(field);
            }
        }

        sb.Append("\r\n");
    }
}
