using HotAudit.Ingestion;

namespace HotAudit.Cluster.Runs;

/// <summary>The cluster as a run's coordinator sees it: reads chunks into partitions, then evaluates the partitions.</summary>
public interface IClusterRun
{
    /// <summary>Reads every chunk on the cluster's silos; the rows land in the run's partitions.</summary>
    ITelemetryChunkSource Chunks { get; }

    /// <summary>Evaluates every partition; returns their outcomes in partition order (recomputing what a dead silo held).</summary>
    Task<IReadOnlyList<byte[]>> EvaluatePartitionsAsync(PartitionPeriod period, CancellationToken ct);
}
