namespace StaticArchive.Core;

/// <summary>What a build's output holds, as a static host counts it: files, their bytes, and the largest one.</summary>
/// <param name="Files">How many files.</param>
/// <param name="Bytes">Their sizes added up.</param>
/// <param name="LargestPath">The largest file, relative to the output folder (empty when there is none).</param>
/// <param name="LargestBytes">Its size.</param>
public sealed record OutputSummary(int Files, long Bytes, string LargestPath, long LargestBytes)
{
    /// <summary>The summary of files given by path (relative to the output folder) and size.</summary>
    /// <remarks>Of two largest files of the same size, the first in ordinal order is named, so the summary is deterministic.</remarks>
    public static OutputSummary Of(IEnumerable<KeyValuePair<string, long>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var count = 0;
        var bytes = 0L;
        var largest = "";
        var largestBytes = -1L;
        foreach (var (path, length) in files)
        {
            count++;
            bytes += length;
            if (length > largestBytes || (length == largestBytes && string.CompareOrdinal(path, largest) < 0))
            {
                largest = path;
                largestBytes = length;
            }
        }

        return new OutputSummary(count, bytes, largest, Math.Max(largestBytes, 0));
    }
}
