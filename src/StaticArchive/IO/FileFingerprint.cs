namespace StaticArchive.IO;

/// <summary>A file below a folder (relative path, forward slashes) and its <see cref="IFileSystem.Fingerprint"/>.</summary>
internal readonly record struct FileFingerprint(string Path, string Fingerprint)
{
    /// <summary>The file's length, which every <see cref="IFileSystem.Fingerprint"/> starts with (<c>length:…</c>); 0 for a missing file.</summary>
    public static long LengthOf(string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        var colon = fingerprint.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && long.TryParse(fingerprint.AsSpan(0, colon), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
    }
}
