using HotAudit.Core.Time;
using HotAudit.Ingestion.Live;
using HotAudit.Worker.Streams.Journal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HotAudit.Worker.Streams;

/// <summary>The configured streams, their journals opened (and recovered) at start and closed at stop.</summary>
internal sealed class StreamRegistry(IOptions<LiveSettings> settings, IOptions<WorkerSettings> worker, WorkerPaths paths, ILogger<StreamRegistry> log) : IAsyncDisposable
{
    private readonly Dictionary<string, LiveStream> _streams = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<LiveStream> All => _streams.Values;

    public LiveStream? Find(string name) => _streams.GetValueOrDefault(name);

    /// <summary>Opens every stream's journal; a journal that cannot be opened stops the start.</summary>
    public void Open()
    {
        var live = settings.Value;
        foreach (var s in live.Streams)
        {
            var folder = Path.Combine(paths.Streams, s.Name);
            PrivateFiles.CreateFolder(folder);
            var caps = new HotAudit.Ingestion.ReadLimits(worker.Value.MaxLineBytes, worker.Value.GzipMaxBytes, worker.Value.GzipMaxRatio);
            var reference = LiveStream.Reference(s);
            reference = reference with { Limits = reference.Limits.Within(caps) };
            var reader = new LiveBatchReader(reference, reference.Offset ?? Timestamps.DefaultOffset);
            var stream = new LiveStream(s, folder, StreamJournal.Open(Path.Combine(folder, "journal"), live.Retention, TimeSpan.FromDays(s.LastDays), log), reader);
            if (Directory.Exists(Path.Combine(folder, "spool")))
            {
                // Left by a version that saved posted bodies as files before reading them.
                Directory.Delete(Path.Combine(folder, "spool"), recursive: true);
            }
            _streams[s.Name] = stream;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var stream in _streams.Values)
        {
            await stream.Journal.DisposeAsync();
        }
        _streams.Clear();
    }
}
