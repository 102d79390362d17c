using HotAudit.Core.Engine;
using HotAudit.Ingestion;

namespace HotAudit.Assessment;

/// <summary>Passes ingest progress on with what the store has spilled to disk so far, for the progress line to say so.</summary>
internal sealed class SpillProgress(IProgress<IngestProgress> inner, PartitionStore store) : IProgress<IngestProgress>
{
    public void Report(IngestProgress value) => inner.Report(value with { SpilledBytes = store.SpilledBytes });
}
