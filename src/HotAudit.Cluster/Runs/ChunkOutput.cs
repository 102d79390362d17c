using HotAudit.Ingestion;

namespace HotAudit.Cluster.Runs;

/// <summary>A chunk read by a silo: what reading found, and its accepted rows as one record batch per partition.</summary>
/// <param name="Result">Rows, rejections, issues and errors of the chunk.</param>
/// <param name="Batches">Partition → the partition's rows of this chunk (portable record batch); partitions without rows are absent.</param>
/// <param name="Counts">Partition → how many rows its batch holds.</param>
public sealed record ChunkOutput(ChunkResult Result, IReadOnlyDictionary<int, byte[]> Batches, IReadOnlyDictionary<int, long> Counts);
