namespace StaticArchive.Server;

/// <summary>Where the dev server listens; loopback unless asked otherwise.</summary>
/// <param name="Port">The TCP port (0 picks a free one, for tests).</param>
/// <param name="Host">The address to bind; 127.0.0.1 unless the editor passes <c>--host</c>.</param>
public sealed record DevServerOptions(int Port = 5080, string Host = "127.0.0.1")
{
    /// <summary>How long the watcher waits for a burst of saves to settle before rebuilding.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(250);
}
