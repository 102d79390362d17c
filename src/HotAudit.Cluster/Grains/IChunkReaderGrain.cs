using HotAudit.Cluster.Runs;

namespace HotAudit.Cluster.Grains;

/// <summary>Reads one telemetry chunk where it is activated and routes its rows, in one batch per partition, to the run's partitions.</summary>
public interface IChunkReaderGrain : IGrainWithStringKey
{
    /// <summary>Reads <paramref name="chunk"/>; routes to every partition, or only to <paramref name="only"/>; returns once every partition has its batch.</summary>
    Task<ChunkReply> ReadAsync(RunRequest run, ChunkSpec chunk, int[]? only);
}
