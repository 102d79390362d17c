namespace HotAudit.Cluster.Runs;

/// <summary>Where a cluster run is, for the submitting client's progress line.</summary>
/// <param name="Phase">reading, evaluating, reporting or done.</param>
/// <param name="ChunksDone">Chunks read.</param>
/// <param name="Chunks">Chunks in the run.</param>
/// <param name="PartitionsDone">Partitions evaluated.</param>
/// <param name="Partitions">Partitions in the run.</param>
/// <param name="Recomputed">Chunk reads and partition evaluations redone after a failure.</param>
[GenerateSerializer, Immutable]
public sealed record RunProgress(
    [property: Id(0)] string Phase, [property: Id(1)] int ChunksDone, [property: Id(2)] int Chunks, [property: Id(3)] int PartitionsDone,
    [property: Id(4)] int Partitions, [property: Id(5)] int Recomputed);
