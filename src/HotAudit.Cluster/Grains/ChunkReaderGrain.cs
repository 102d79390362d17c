using System.Text.Json;
using HotAudit.Cluster.Runs;
using HotAudit.Cluster.Work;

namespace HotAudit.Cluster.Grains;

/// <summary>Reads a chunk through <see cref="ClusterWork"/> on the silo it is activated on and hands each partition its batch.</summary>
internal sealed class ChunkReaderGrain(ClusterWork work, ILocalSiloDetails silo) : Grain, IChunkReaderGrain
{
    public async Task<ChunkReply> ReadAsync(RunRequest run, ChunkSpec chunk, int[]? only)
    {
        IReadOnlySet<int>? filter = only is null ? null : only.ToHashSet();
        var output = await Task.Run(() => work.ReadChunk(run, chunk.ToChunk(), filter));
        await Task.WhenAll(output.Batches.Select(b =>
            GrainFactory.GetGrain<IPartitionGrain>(PartitionKey.Of(run.RunId, b.Key)).AcceptAsync(chunk.Id, output.Counts[b.Key], b.Value)));
        DeactivateOnIdle();
        return new ChunkReply(JsonSerializer.Serialize(output.Result), output.Counts.ToDictionary(), output.Batches.Values.Sum(b => (long)b.Length),
            silo.SiloAddress.ToString());
    }
}
