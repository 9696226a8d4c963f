using System.Collections.Concurrent;
using System.Threading.Channels;

namespace StaticArchive.Server;

/// <summary>The open Server-Sent Events connections; each rebuild sends them all a "reload" event.</summary>
public sealed class LiveReloadHub
{
    private readonly ConcurrentDictionary<Guid, Channel<string>> _clients = new();

    /// <summary>How many pages are listening.</summary>
    public int Clients => _clients.Count;

    /// <summary>Sends an event to every open page.</summary>
    public void Broadcast(string message)
    {
        foreach (var client in _clients.Values)
        {
            client.Writer.TryWrite(message);
        }
    }

    /// <summary>Registers a client; dispose the returned handle when the connection closes.</summary>
    public (ChannelReader<string> Reader, IDisposable Registration) Subscribe()
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateUnbounded<string>();
        _clients[id] = channel;
        return (channel.Reader, new Registration(() => _clients.TryRemove(id, out _)));
    }

    private sealed class Registration(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
