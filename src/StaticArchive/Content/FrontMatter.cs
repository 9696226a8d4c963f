namespace StaticArchive.Content;

/// <summary>A Markdown file split into its YAML front matter and its body.</summary>
/// <param name="Yaml">The text between the <c>---</c> lines, or null when there is no front matter.</param>
/// <param name="Body">The Markdown after the closing line.</param>
/// <param name="BodyFirstLine">The file line where the body starts.</param>
/// <param name="Unclosed">True when the opening <c>---</c> has no closing line.</param>
internal sealed record FrontMatter(string? Yaml, string Body, int BodyFirstLine, bool Unclosed)
{
    /// <summary>Splits a file's text. Front matter must start on the first line.</summary>
    public static FrontMatter Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!(text.StartsWith("---\n", StringComparison.Ordinal) || text == "---"))
        {
            return new FrontMatter(null, text, 1, false);
        }

        var position = 4;
        var line = 2;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineText = end < 0 ? text[position..] : text[position..end];
            if (lineText.TrimEnd() is "---" or "...")
            {
                var yaml = text[4..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatter(yaml, body, line + 1, false);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        return new FrontMatter(text[Math.Min(4, text.Length)..], "", line, true);
    }
}
