namespace HotAudit.Core.Data;

/// <summary>Receives accepted telemetry records as they are read (the engine's partition store implements it).</summary>
public interface ITelemetrySink
{
    /// <summary>Takes one accepted record.</summary>
    void Add(in Record record);
}
