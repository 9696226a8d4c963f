namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>Runs page checks a few at a time: one Chromium renders several pages while .NET waits on each.</summary>
public static class Concurrently
{
    /// <summary>How many pages are open at once; more only queues on 2 cores.</summary>
    public const int Width = 3;

    /// <summary>Runs <paramref name="check"/> for every item and returns all their findings together.</summary>
    public static async Task<IReadOnlyList<string>> CollectAsync<T>(
        IEnumerable<T> items, Func<T, Task<IEnumerable<string>>> check)
    {
        using var gate = new SemaphoreSlim(Width);
        var tasks = items.Select(async item =>
        {
            await gate.WaitAsync();
            try
            {
                return await check(item);
            }
            finally
            {
                gate.Release();
            }
        });
        return (await Task.WhenAll(tasks)).SelectMany(x => x).ToList();
    }
}
