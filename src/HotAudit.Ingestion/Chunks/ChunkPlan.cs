namespace HotAudit.Ingestion;

/// <summary>The chunks of a case's telemetry files, in file order, and the SHA-256 of each telemetry file by file index.</summary>
/// <param name="Chunks">Every chunk; <see cref="TelemetryChunk.Id"/> is its index here.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of each telemetry file as stored ("" when it could not be read).</param>
public sealed record ChunkPlan(IReadOnlyList<TelemetryChunk> Chunks, IReadOnlyDictionary<int, string> Sha256);
