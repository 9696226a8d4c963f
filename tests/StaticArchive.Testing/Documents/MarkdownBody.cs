using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StaticArchive.Testing.Prose;

namespace StaticArchive.Testing.Documents;

/// <summary>A document body as blocks (paragraphs, headings, lists, literal lines), grown to a target size.</summary>
internal sealed partial class MarkdownBody
{
    private readonly List<(char Kind, object Payload)> _blocks = [];

    /// <summary>Adds a paragraph made of the sentences, which may still grow; returns them.</summary>
    public List<string> Paragraph(IEnumerable<string> sentences)
    {
        var paragraph = sentences.ToList();
        _blocks.Add(('p', paragraph));
        return paragraph;
    }

    public void Heading2(string text) => _blocks.Add(('2', text));

    public void Heading3(string text) => _blocks.Add(('3', text));

    /// <summary>Adds a list (numbered or bulleted); returns its items, which may still grow.</summary>
    public List<string> List(IEnumerable<string> items, bool numbered)
    {
        var list = items.ToList();
        _blocks.Add((numbered ? 'o' : 'u', list));
        return list;
    }

    public void Line(string text) => _blocks.Add(('r', text));

    /// <summary>
    /// Adds sentences to the given paragraphs until the body reaches <paramref name="target"/> UTF-8 bytes, each
    /// from the first of its pools that still has a sentence this body has not used.
    /// </summary>
    public void Grow(IReadOnlyList<(List<string> Paragraph, IReadOnlyList<string>[] Pools)> slots, int target, SeededRandom random, TokenFiller fill)
    {
        var used = new HashSet<string>(slots.SelectMany(s => s.Paragraph), StringComparer.Ordinal);
        var size = Size();
        for (var guard = 0; size < target && slots.Count > 0 && guard < 400; guard++)
        {
            var (paragraph, pools) = random.Pick(slots);
            string? candidate = null;
            foreach (var pool in pools)
            {
                var fresh = pool.Where(x => !used.Contains(x)).ToList();
                if (fresh.Count > 0)
                {
                    candidate = random.Pick(fresh);
                    break;
                }
            }

            if (candidate is null)
            {
                var all = pools.SelectMany(p => p).ToList();
                if (all.Count == 0)
                {
                    continue;
                }

                candidate = random.Pick(all);
            }

            used.Add(candidate);
            var sentence = fill.Fill(candidate);
            paragraph.Add(sentence);
            size += Encoding.UTF8.GetByteCount(sentence);
        }
    }

    /// <summary>'…。一是…；二是…。' as its lead sentences and the enumerated items (none when it enumerates nothing).</summary>
    public static (List<string> Lead, List<string> Items) Enumeration(IEnumerable<string> sentences)
    {
        var text = string.Concat(sentences);
        var parts = EnumerationMark().Split(text);
        if (parts.Length < 3)
        {
            return (sentences.ToList(), []);
        }

        var lead = parts[0].Trim('，', '。', '；', '：', '、').Length > 0 ? SeedProse.Sentences(parts[0]) : [];
        var items = parts.Skip(1)
            .Select(b => b.Trim().TrimEnd('；', '，'))
            .Where(b => b.Length > 0)
            .Select(b => b.EndsWith('。') ? b : b + "。")
            .ToList();
        return (lead, items);
    }

    /// <summary>The Markdown text.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (kind, payload) in _blocks)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            switch (kind)
            {
                case 'p':
                    text.AppendJoin("", (List<string>)payload);
                    break;
                case '2':
                    text.Append("## ").Append((string)payload);
                    break;
                case '3':
                    text.Append("### ").Append((string)payload);
                    break;
                case 'u':
                    text.AppendJoin("\n", ((List<string>)payload).Select(i => "- " + i));
                    break;
                case 'o':
                    text.AppendJoin("\n", ((List<string>)payload).Select((item, n) => (n + 1).ToString(CultureInfo.InvariantCulture) + ". " + item));
                    break;
                default:
                    text.Append((string)payload);
                    break;
            }
        }

        return text.Append('\n').ToString();
    }

    private int Size() => _blocks.Sum(b => b.Payload is string s ? Encoding.UTF8.GetByteCount(s) : ((List<string>)b.Payload).Sum(Encoding.UTF8.GetByteCount) + 4);

    [GeneratedRegex("[一二三四五六七]是")]
    private static partial Regex EnumerationMark();
}
