using System.Text.RegularExpressions;

namespace StaticArchive.History;

/// <summary>
/// The note for readers in a commit message: a line <c>更新说明：…</c> (or <c>Change-Note: …</c>), written like a
/// git trailer at the end of the message. Several such lines make one note. The rest of the message is for
/// editors and stays off the site.
/// </summary>
internal static partial class ChangeNote
{
    /// <summary>The note in a commit message body, or null when it has none.</summary>
    public static string? From(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var notes = message.Split('\n')
            .Select(line => NoteLine().Match(line))
            .Where(m => m.Success && m.Groups["note"].Value.Trim().Length > 0)
            .Select(m => m.Groups["note"].Value.Trim())
            .ToList();
        return notes.Count == 0 ? null : string.Join(' ', notes);
    }

    [GeneratedRegex(@"^\s*(?:更新说明|change-note)\s*[:：](?<note>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteLine();
}
