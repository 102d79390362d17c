using System.Threading.Channels;

namespace HotAudit.Worker.Streams.View;

/// <summary>Who watches the streams page: each open server-sent-events connection gets every published summary.</summary>
internal sealed class LiveEvents
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _watchers = [];

    /// <summary>A new watcher's feed; dispose the returned handle when the connection ends.</summary>
    public (ChannelReader<string> Feed, IDisposable Handle) Watch()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _watchers.Add(channel);
        }
        return (channel.Reader, new Unwatch(this, channel));
    }

    /// <summary>Sends one JSON summary to every watcher (a slow one loses the oldest it had not read).</summary>
    public void Publish(string json)
    {
        lock (_gate)
        {
            foreach (var w in _watchers)
            {
                w.Writer.TryWrite(json);
            }
        }
    }

    private sealed class Unwatch(LiveEvents events, Channel<string> channel) : IDisposable
    {
        public void Dispose()
        {
            lock (events._gate)
            {
                events._watchers.Remove(channel);
            }
            channel.Writer.TryComplete();
        }
    }
}
