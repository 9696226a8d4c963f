using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticArchive.Yaml;

/// <summary>
/// Passes YamlDotNet's parsing events through while counting them against <see cref="YamlLimits"/>, and stops
/// with a <see cref="YamlRefusedException"/> at the first event past a limit: the representation model recurses
/// once per level and an alias repeats its anchor wherever it is read, so both are bounded before they happen.
/// An alias counts as everything its anchor holds, aliases inside it included.
/// </summary>
internal sealed class BoundedParser(IParser inner, YamlLimits limits) : IParser
{
    private readonly Stack<Open> _open = new();
    private readonly Dictionary<string, Extent> _anchors = new(StringComparer.Ordinal);
    private long _nodes;
    private long _chars;
    private long _aliasNodes;
    private long _aliasChars;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case DocumentStart:
                _anchors.Clear();
                break;
            case Scalar scalar:
                OnScalar(scalar);
                break;
            case AnchorAlias alias:
                OnAlias(alias);
                break;
            case NodeEvent start and (SequenceStart or MappingStart):
                OnStart(start);
                break;
            case SequenceEnd or MappingEnd:
                OnEnd();
                break;
        }

        return true;
    }

    private void OnScalar(Scalar scalar)
    {
        var length = scalar.Value.Length;
        if (length > limits.MaxValueChars)
        {
            throw Refused(scalar, $"这个值太长：超过 {N(limits.MaxValueChars)} 个字符。", "请检查是否误粘贴了大量文字；很长的文字请写在正文（Markdown）里。");
        }

        Count(scalar, 1, length);
        Remember(scalar.Anchor, new Extent(1, length, 0));
    }

    private void OnStart(NodeEvent start)
    {
        var depth = _open.Count + 1;
        if (depth > limits.MaxDepth)
        {
            throw Refused(start, $"嵌套太深：列表和映射套了超过 {N(limits.MaxDepth)} 层。", "正常的内容只有几层：检查是否多写或漏关了 [ ]、{ }，或缩进错位。");
        }

        Count(start, 1, 0);
        Reach(depth);
        _open.Push(new Open(start.Anchor.IsEmpty ? null : start.Anchor.Value, depth, _nodes - 1, _chars) { Deepest = depth });
    }

    private void OnEnd()
    {
        var open = _open.Pop();
        Reach(open.Deepest);
        if (open.Anchor is { } anchor)
        {
            _anchors[anchor] = new Extent(_nodes - open.NodesBefore, _chars - open.CharsBefore, open.Deepest - open.Depth + 1);
        }
    }

    private void OnAlias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (_open.Any(o => o.Anchor == name))
        {
            throw Refused(alias, $"别名 *{name} 写在它自己的锚点 &{name} 里面，会无限展开。", $"&{name} 标出的内容里不能再引用 *{name}；请直接写出内容。");
        }

        if (!_anchors.TryGetValue(name, out var extent))
        {
            throw new YamlRefusedException(alias.Start, $"别名 *{name} 找不到前面对应的锚点 &{name}", $"别名 *名称 只能引用写在它前面、用 &名称 标出的内容；检查名称的拼写。", syntax: true);
        }

        if (_open.Count + extent.Height > limits.MaxDepth)
        {
            throw Refused(alias, $"嵌套太深：别名 *{name} 展开后，列表和映射套了超过 {N(limits.MaxDepth)} 层。", "正常的内容只有几层：请直接写出内容，不要用别名层层套用。");
        }

        _aliasNodes += extent.Nodes;
        _aliasChars += extent.Chars;
        if (_aliasNodes > limits.MaxAliasNodes)
        {
            throw Refused(alias, $"别名（*{name}）重复的内容太多：这个文件的别名合计展开超过 {N(limits.MaxAliasNodes)} 个值。", "别名只适合重复少量内容；请减少 * 引用的次数，或直接写出内容。");
        }

        if (_aliasChars > limits.MaxAliasChars)
        {
            throw Refused(alias, $"别名（*{name}）重复的文字太多：这个文件的别名合计展开超过 {N(limits.MaxAliasChars)} 个字符。", "别名只适合重复少量内容；请减少 * 引用的次数，或直接写出内容。");
        }

        Count(alias, extent.Nodes, extent.Chars);
        Reach(_open.Count + extent.Height);
    }

    private void Count(ParsingEvent at, long nodes, long chars)
    {
        _nodes += nodes;
        _chars += chars;
        if (_nodes > limits.MaxNodes)
        {
            throw Refused(at, $"内容太多：这个文件超过 {N(limits.MaxNodes)} 个值（别名按展开后计算）。", "请检查是否误粘贴了大量内容，或把数据拆到多个文件。");
        }
    }

    private void Remember(AnchorName anchor, Extent extent)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = extent;
        }
    }

    // The open collection remembers the deepest level reached inside it, which is its anchor's height.
    private void Reach(int depth)
    {
        if (_open.TryPeek(out var open) && depth > open.Deepest)
        {
            open.Deepest = depth;
        }
    }

    private static YamlRefusedException Refused(ParsingEvent at, string message, string hint) => new(at.Start, message, hint, syntax: false);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record Open(string? Anchor, int Depth, long NodesBefore, long CharsBefore)
    {
        public int Deepest { get; set; }
    }

    private readonly record struct Extent(long Nodes, long Chars, int Height);
}
