using HotAudit.Ingestion;

namespace HotAudit.Cluster.Grains;

/// <summary>A <see cref="TelemetryChunk"/> on the wire.</summary>
[GenerateSerializer, Immutable]
public sealed record ChunkSpec(
    [property: Id(0)] int Id, [property: Id(1)] int File, [property: Id(2)] long Start, [property: Id(3)] long End,
    [property: Id(4)] int FirstLine, [property: Id(5)] long HeaderEnd)
{
    /// <summary>The chunk on the wire.</summary>
    public static ChunkSpec Of(TelemetryChunk c) => new(c.Id, c.File, c.Start, c.End, c.FirstLine, c.HeaderEnd);

    /// <summary>The chunk back.</summary>
    public TelemetryChunk ToChunk() => new(Id, File, Start, End, FirstLine, HeaderEnd);
}
