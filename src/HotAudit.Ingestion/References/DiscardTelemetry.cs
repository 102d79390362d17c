using HotAudit.Core.Data;

namespace HotAudit.Ingestion;

/// <summary>A telemetry sink for reads that take reference files only (nothing ever arrives).</summary>
internal sealed class DiscardTelemetry : ITelemetrySink
{
    public void Add(in Record record)
    {
    }
}
