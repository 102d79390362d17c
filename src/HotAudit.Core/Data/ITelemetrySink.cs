namespace HotAudit.Core.Data;

/// <summary>
/// Receives accepted telemetry records as they are read (the engine's partition store implements it). Telemetry files
/// are read in parallel, so <see cref="Add"/> is called from several threads at once and must be thread-safe.
/// </summary>
public interface ITelemetrySink
{
    /// <summary>Takes one accepted record.</summary>
    void Add(in Record record);
}
