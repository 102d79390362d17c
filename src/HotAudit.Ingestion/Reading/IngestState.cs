using HotAudit.Core.Data;
using HotAudit.Core.Quality;

namespace HotAudit.Ingestion;

/// <summary>What reading a case has gathered so far, shared by the sinks of its files.</summary>
internal sealed class IngestState(ITelemetrySink telemetry, IProgress<IngestProgress>? progress, long totalBytes, CancellationToken ct)
{
    public ITelemetrySink Telemetry { get; } = telemetry;

    public List<Record> Operations { get; } = [];

    public HashSet<UInt128> OperationFingerprints { get; } = [];

    public List<Rejection> Rejections { get; } = [];

    public List<DataQualityIssue> Issues { get; } = [];

    public FileTally Span { get; } = new();

    /// <summary>Stored bytes of the files finished before the current one.</summary>
    public long BytesDone { get; set; }

    /// <summary>Reports progress and stops when cancelled.</summary>
    public void Report(string file, long rows, long fileBytes)
    {
        ct.ThrowIfCancellationRequested();
        progress?.Report(new IngestProgress(file, rows, BytesDone + fileBytes, totalBytes));
    }
}
