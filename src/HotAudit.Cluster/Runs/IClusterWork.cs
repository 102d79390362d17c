using HotAudit.Ingestion;

namespace HotAudit.Cluster.Runs;

/// <summary>
/// The assessment work a silo does for a cluster run, provided by the host that knows how to assess (the <c>hotaudit</c>
/// executable registers it in the silo's services). Grains only move data and recover from failures; every rule is
/// evaluated by this work, which is the same engine a local run uses.
/// </summary>
public interface IClusterWork
{
    /// <summary>Reads one telemetry chunk and splits its accepted rows by partition (only <paramref name="only"/> when given).</summary>
    ChunkOutput ReadChunk(RunRequest run, TelemetryChunk chunk, IReadOnlySet<int>? only);

    /// <summary>Evaluates one partition's record batches with every telemetry rule; returns its portable outcome.</summary>
    byte[] EvaluatePartition(RunRequest run, PartitionPeriod period, IReadOnlyList<byte[]> batches);

    /// <summary>Runs the whole assessment as the run's coordinator, its telemetry in the cluster; writes the reports; returns the exit code.</summary>
    int Coordinate(RunRequest run, IClusterRun cluster, TextWriter messages, CancellationToken ct);

    /// <summary>Drops what this silo keeps for a run (called when it ends).</summary>
    void Forget(string runId);
}
