namespace HotAudit.Cluster.Runs;

/// <summary>A run submitted to the cluster.</summary>
/// <param name="RunId">Identifies the run (and its grains) in the cluster; a resubmission with the same id resumes it.</param>
/// <param name="Options">The assessment's options as the host serialized them (opaque to the cluster).</param>
/// <param name="Partitions">Device partitions of the run.</param>
/// <param name="ChunkBytes">Stored bytes per telemetry chunk.</param>
[GenerateSerializer, Immutable]
public sealed record RunRequest(
    [property: Id(0)] string RunId, [property: Id(1)] string Options, [property: Id(2)] int Partitions, [property: Id(3)] long ChunkBytes);
