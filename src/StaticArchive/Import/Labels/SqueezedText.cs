namespace StaticArchive.Import.Labels;

/// <summary>A text in <see cref="LabelText"/>'s normal form, with the original index of each of its characters.</summary>
/// <param name="Text">The normal form.</param>
/// <param name="Origins">For each character of <paramref name="Text"/>, its index in the original text.</param>
internal sealed record SqueezedText(string Text, IReadOnlyList<int> Origins)
{
    /// <summary>The original index where the normal-form character at <paramref name="index"/> came from; the
    /// original length when the index is past the end.</summary>
    public int Origin(int index, int originalLength) => index < Origins.Count ? Origins[index] : originalLength;

    /// <summary>The first occurrence of a label (already in normal form) at or after <paramref name="start"/>, or -1.</summary>
    public int Find(string label, int start) =>
        start > Text.Length ? -1 : Text.IndexOf(label, start, StringComparison.Ordinal);
}
