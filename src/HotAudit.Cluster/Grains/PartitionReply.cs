namespace HotAudit.Cluster.Grains;

/// <summary>A partition grain's answer to "evaluate": its outcome, or the chunks it lacks (it lost them with a silo).</summary>
/// <param name="Missing">Chunks whose rows the partition does not hold (to be read again), or empty.</param>
/// <param name="Outcome">The partition's portable telemetry outcome when nothing is missing.</param>
/// <param name="Silo">Where the partition lives.</param>
[GenerateSerializer, Immutable]
public sealed record PartitionReply([property: Id(0)] int[] Missing, [property: Id(1)] byte[]? Outcome, [property: Id(2)] string Silo);
