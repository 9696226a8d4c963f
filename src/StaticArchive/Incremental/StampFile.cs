using System.Globalization;
using System.Text;
using StaticArchive.Core;

namespace StaticArchive.Incremental;

/// <summary>
/// The build stamp on disk: one record per line, fields separated by tabs, tabs, newlines and backslashes in a
/// field escaped. Plain text rather than JSON because an unchanged rebuild reads it first thing, and a JSON
/// serializer's start-up and reading would be most of that rebuild.
/// </summary>
internal static class StampFile
{
    private const string Header = "staticarchive-stamp\t1";

    /// <summary>The stamp as the file's bytes.</summary>
    public static byte[] Write(BuildStamp stamp)
    {
        var text = new StringBuilder(Header).Append('\n');
        Line(text, "inputs", stamp.Inputs);
        Line(text, "documents", stamp.Documents.ToString(CultureInfo.InvariantCulture));
        foreach (var d in stamp.Diagnostics)
        {
            Line(text, "diagnostic", d.Severity.ToString(), d.Code, d.File, d.Line.ToString(CultureInfo.InvariantCulture),
                d.Column.ToString(CultureInfo.InvariantCulture), d.Message, d.Hint);
        }

        foreach (var (path, fingerprint) in stamp.Outputs)
        {
            Line(text, "output", path, fingerprint);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The stamp in <paramref name="bytes"/>, or null when they are not a complete stamp of this version.</summary>
    public static BuildStamp? Read(ReadOnlySpan<byte> bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        if (lines is not [Header, .., ""])
        {
            return null; // another version, or a file cut short
        }

        string? inputs = null;
        int? documents = null;
        var diagnostics = new List<Diagnostic>();
        var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.AsSpan(1, lines.Length - 2))
        {
            var f = line.Split('\t').Select(Unescape).ToArray();
            switch (f)
            {
                case ["inputs", var value]:
                    inputs = value;
                    break;
                case ["documents", var value] when int.TryParse(value, CultureInfo.InvariantCulture, out var n):
                    documents = n;
                    break;
                case ["diagnostic", var severity, var code, var file, var l, var c, var message, var hint]
                    when Enum.TryParse<Severity>(severity, out var s) && int.TryParse(l, CultureInfo.InvariantCulture, out var lineNo)
                        && int.TryParse(c, CultureInfo.InvariantCulture, out var column):
                    diagnostics.Add(new Diagnostic(s, code, file, lineNo, column, message, hint));
                    break;
                case ["output", var path, var fingerprint]:
                    outputs[path] = fingerprint;
                    break;
                default:
                    return null;
            }
        }

        return inputs is null || documents is null ? null : new BuildStamp(inputs, outputs, documents.Value, diagnostics);
    }

    private static void Line(StringBuilder text, params ReadOnlySpan<string> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            text.Append(i > 0 ? "\t" : "").Append(Escape(fields[i]));
        }

        text.Append('\n');
    }

    // Backslash first, so the escapes added after it are not escaped again; Replace returns the same string when
    // there is nothing to replace, as for nearly every field.
    private static string Escape(string field) =>
        field.Replace("\\", @"\\", StringComparison.Ordinal).Replace("\t", @"\t", StringComparison.Ordinal)
            .Replace("\n", @"\n", StringComparison.Ordinal).Replace("\r", @"\r", StringComparison.Ordinal);

    private static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 1 < field.Length)
            {
                i++;
                text.Append(field[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', var other => other });
            }
            else
            {
                text.Append(field[i]);
            }
        }

        return text.ToString();
    }
}
