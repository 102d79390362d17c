using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace HotAudit.Worker.Streams.Journal;

/// <summary>
/// A stream's durable journal in <c>&lt;state&gt;/streams/&lt;name&gt;/journal/</c>: append-only segment files per partition
/// (<see cref="Generation"/>), each batch written as one length-and-CRC framed record per partition it touches and
/// flushed to disk (fsync) before it is acknowledged. Concurrent batches are committed together (one fsync per file for
/// all of them). Idempotency keys (the newest <see cref="KeptAnswers.Capacity"/>) and the fingerprints of the rows in the
/// duplicate horizon (<see cref="DuplicateIndex"/>) are rebuilt from the records at open, generation by generation, so a
/// batch sent again after a crash is answered as before and a row in the horizon is never kept twice. A torn tail is
/// cut and logged at open, and a batch of which a crash left only some parts is ignored whole (it was never acknowledged).
/// </summary>
internal sealed partial class StreamJournal : IAsyncDisposable
{
    /// <summary>Telemetry partitions, by <c>DeviceHash mod Partitions</c> (the engine's partition hash).</summary>
    public const int Partitions = 8;

    public const string OperationsPartition = "ops";

    private readonly string _folder;
    private readonly TimeSpan _retention;
    private readonly long _generationBytes;
    private readonly ILogger _log;
    private readonly Lock _gate = new();
    private readonly List<Generation> _generations = [];
    /// <summary>One per partition (telemetry's, then the operation log's): a row's duplicates are looked for in its own partition, as the engine does.</summary>
    private readonly DuplicateIndex[] _indexes;
    private readonly KeptAnswers _answers = new();
    private readonly HashSet<long> _incomplete = [];
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private long _nextBatch = 1;
    private Exception? _failed;

    private StreamJournal(string folder, TimeSpan retention, TimeSpan duplicateHorizon, long generationBytes, ILogger log)
    {
        _folder = folder;
        _retention = retention;
        _indexes = [.. Enumerable.Range(0, Partitions + 1).Select(_ => new DuplicateIndex(duplicateHorizon))];
        _generationBytes = generationBytes;
        _log = log;
        Recover();
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>The newest acknowledged batch (0 before the first).</summary>
    public long LastBatch { get; private set; }

    /// <summary>The newest event instant of the stream (UTC ticks), null while it has none.</summary>
    public long? NewestTs { get; private set; }

    /// <summary>Rows kept (duplicates dropped) since the journal was opened or recovered.</summary>
    public long Rows { get; private set; }

    /// <summary>Fingerprints held for duplicate detection (those of the kept rows in the duplicate horizon).</summary>
    public int Remembered
    {
        get
        {
            lock (_gate)
            {
                return _indexes.Sum(i => i.Count);
            }
        }
    }

    /// <summary>Opens (or creates) the journal in <paramref name="folder"/>, recovering what a crash left.</summary>
    /// <param name="folder">The journal's folder.</param>
    /// <param name="retention">Generations whose newest event is this much older than the stream's newest are removed.</param>
    /// <param name="duplicateHorizon">A row is never kept twice while its event is within this of the stream's newest (the stream's <c>LastDays</c>).</param>
    /// <param name="log">Where torn tails, set-aside batches and removals are told.</param>
    /// <param name="generationBytes">Size at which the files being written are closed and a new generation started.</param>
    /// <exception cref="InvalidDataException">A file in the folder is not a journal segment.</exception>
    public static StreamJournal Open(string folder, TimeSpan retention, TimeSpan duplicateHorizon, ILogger log, long generationBytes = 256L << 20)
    {
        PrivateFiles.CreateFolder(folder);
        return new StreamJournal(folder, retention, duplicateHorizon, generationBytes, log);
    }

    /// <summary>The answer of a batch already written with <paramref name="key"/>, if any.</summary>
    public JournalAck? Answered(string key)
    {
        lock (_gate)
        {
            return _answers.Find(key);
        }
    }

    /// <summary>
    /// Writes the rows of every whole batch with an event at or after <paramref name="fromTs"/> (UTC ticks) that is
    /// itself at or after it, as JSON Lines: telemetry to <paramref name="telemetry"/>, the operation log to
    /// <paramref name="operations"/>, each row's instant added to <paramref name="telemetryTs"/> or
    /// <paramref name="operationsTs"/>. With <paramref name="after"/>, only the records written since that earlier
    /// reading (later batches). Returns the rows written, whether older rows were left out, the last batch included,
    /// and where this reading stopped.
    /// </summary>
    public WindowRead WriteWindow(long fromTs, WindowCursor? after, Stream telemetry, Stream operations, List<long> telemetryTs, List<long> operationsTs)
    {
        List<(long Generation, string Partition, string Path, long Length)> files;
        HashSet<long> skip;
        long last;
        var cut = false;
        var cursor = new Dictionary<(long, string), long>();
        lock (_gate)
        {
            cut = _generations.Any(g => g.MaxTs != long.MinValue && g.MaxTs < fromTs);
            files = [.. _generations.Where(g => g.MaxTs >= fromTs).SelectMany(g => g.Lengths.OrderBy(l => PartitionOrder(l.Key))
                .Select(l => (g.Number, l.Key, g.PathOf(l.Key), l.Value)))];
            foreach (var g in _generations)
            {
                foreach (var (partition, length) in g.Lengths)
                {
                    cursor[(g.Number, partition)] = length;
                }
            }
            skip = [.. _incomplete];
            last = LastBatch;
        }
        long rows = 0;
        foreach (var (generation, partition, path, length) in files)
        {
            var from = after?.Read.GetValueOrDefault((generation, partition), SegmentFile.HeaderLength) ?? SegmentFile.HeaderLength;
            var operationsFile = partition == OperationsPartition;
            foreach (var payload in SegmentFile.Read(path, from, length))
            {
                var part = JournalPart.Decode(payload);
                if (skip.Contains(part.Batch) || part.Batch > last || part.Rows == 0)
                {
                    continue;
                }
                var written = part.MaxTs < fromTs ? 0 : WriteRows(part, fromTs, operationsFile ? operations : telemetry, operationsFile ? operationsTs : telemetryTs);
                cut |= written < part.Rows;
                rows += written;
            }
        }
        return new WindowRead(rows, cut, last, new WindowCursor(cursor));
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
        lock (_gate)
        {
            foreach (var g in _generations)
            {
                g.Close();
            }
        }
    }

    private static int PartitionOrder(string partition) => partition == OperationsPartition ? Partitions : int.Parse(partition.AsSpan(1));

    private static string PartitionOf(uint deviceHash) => "t" + (deviceHash % Partitions).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static long WriteRows(JournalPart part, long fromTs, Stream output, List<long> instants)
    {
        var json = part.Json.Span;
        long written = 0;
        for (var i = 0; i < part.Rows; i++)
        {
            var end = json.IndexOf((byte)'\n') + 1;
            if (part.Ts[i] >= fromTs)
            {
                output.Write(json[..end]);
                instants.Add(part.Ts[i]);
                written++;
            }
            json = json[end..];
        }
        return written;
    }
}
