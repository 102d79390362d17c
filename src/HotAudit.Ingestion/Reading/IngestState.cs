using HotAudit.Core.Data;
using HotAudit.Core.Quality;

namespace HotAudit.Ingestion;

/// <summary>
/// What reading a case has gathered so far, shared by the sinks of its files. Telemetry files are read in parallel,
/// each into a <see cref="ForFile"/> child whose lists are merged back in file order, so the result does not depend
/// on which thread finished first.
/// </summary>
internal sealed class IngestState(ITelemetrySink telemetry, IProgress<IngestProgress>? progress, long totalBytes, CancellationToken ct)
{
    private readonly Lock _progressGate = new();
    private long _bytesDone;

    private IngestState(IngestState parent)
        : this(parent.Telemetry, parent._progress, parent._totalBytes, parent._ct) => _parent = parent;

    private readonly IProgress<IngestProgress>? _progress = progress;
    private readonly long _totalBytes = totalBytes;
    private readonly CancellationToken _ct = ct;
    private readonly IngestState? _parent;

    public ITelemetrySink Telemetry { get; } = telemetry;

    public List<Record> Operations { get; } = [];

    public HashSet<UInt128> OperationFingerprints { get; } = [];

    public List<Rejection> Rejections { get; } = [];

    public List<DataQualityIssue> Issues { get; } = [];

    public FileTally Span { get; } = new();

    /// <summary>Stored bytes of the files finished so far.</summary>
    public long BytesDone => (_parent ?? this)._bytesDone;

    /// <summary>A state for one file read beside others: own lists, same telemetry sink, progress and cancellation.</summary>
    public IngestState ForFile() => new(this);

    /// <summary>Counts a finished file's bytes.</summary>
    public void FileDone(long bytes) => Interlocked.Add(ref (_parent ?? this)._bytesDone, bytes);

    /// <summary>Takes what a file's child state gathered (call in file order).</summary>
    public void Absorb(IngestState child)
    {
        Rejections.AddRange(child.Rejections);
        Issues.AddRange(child.Issues);
        if (child.Span.FirstTs is { } first)
        {
            Span.Saw(first);
            Span.Saw(child.Span.LastTs!.Value);
        }
    }

    /// <summary>Reports progress and stops when cancelled.</summary>
    public void Report(string file, long newRows, long fileBytes)
    {
        _ct.ThrowIfCancellationRequested();
        if (_progress is not null)
        {
            lock ((_parent ?? this)._progressGate)
            {
                _progress.Report(new IngestProgress(file, newRows, BytesDone + fileBytes, _totalBytes));
            }
        }
    }
}
