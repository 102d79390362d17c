using HotAudit.Core.Engine;
using HotAudit.Core.Symbols;
using HotAudit.Ingestion;

namespace HotAudit.Assessment;

/// <summary>Where a run's telemetry goes and where its rules run: this machine's partitions, or a cluster's.</summary>
public interface ITelemetryHost : IDisposable
{
    /// <summary>Reads the case (values interned into <paramref name="symbols"/>), its telemetry into this host's partitions.</summary>
    Task<IngestResult> IngestAsync(SymbolTable symbols, TimeSpan offset, CaseManifest manifest, IProgress<IngestProgress> progress, CancellationToken ct);

    /// <summary>The telemetry rules over this host's partitions, for the period the ingest found.</summary>
    Task<ITelemetryEvaluation> EvaluationAsync(IngestResult ingest, long periodFrom, long periodUntil, CancellationToken ct);
}
