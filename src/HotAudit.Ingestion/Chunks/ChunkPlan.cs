namespace HotAudit.Ingestion;

/// <summary>The chunks of a case's telemetry files, in file order, and the SHA-256 of each telemetry file by file index.</summary>
/// <param name="Chunks">Every chunk; <see cref="TelemetryChunk.Id"/> is its index here.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of each telemetry file split into chunks (a file read whole is hashed while read).</param>
public sealed record ChunkPlan(IReadOnlyList<TelemetryChunk> Chunks, IReadOnlyDictionary<int, string> Sha256);
