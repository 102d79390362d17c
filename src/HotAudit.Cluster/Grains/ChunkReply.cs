namespace HotAudit.Cluster.Grains;

/// <summary>What a reader grain did with a chunk.</summary>
/// <param name="Result">The chunk's <see cref="Ingestion.ChunkResult"/> as JSON.</param>
/// <param name="Counts">Partition → rows routed to it.</param>
/// <param name="Bytes">Bytes of record batches sent to partitions.</param>
/// <param name="Silo">Where the chunk was read.</param>
[GenerateSerializer, Immutable]
public sealed record ChunkReply([property: Id(0)] string Result, [property: Id(1)] Dictionary<int, long> Counts, [property: Id(2)] long Bytes, [property: Id(3)] string Silo);
