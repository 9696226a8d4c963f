using System.Text;

namespace StaticArchive.Tests.OpenData;

/// <summary>A minimal RFC 4180 reader: enough to prove a published CSV reads back to the same figures.</summary>
internal static class TestCsv
{
    /// <summary>The rows of a UTF-8 CSV with a BOM and CRLF line ends; throws when either is missing.</summary>
    public static List<string[]> Read(byte[] bytes)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return Read(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    /// <summary>The rows of CSV text (after its BOM).</summary>
    public static List<string[]> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.TrimStart('\uFEFF');
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                Assert.NotEqual('\n', ch);
                field.Append(ch);
            }
        }

        Assert.Empty(fields);
        return rows;
    }
}
