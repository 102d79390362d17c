using HotAudit.Core.Data;

namespace HotAudit.Ingestion.Tests;

/// <summary>Keeps every telemetry record, and counts the ones whose fingerprint was already seen (telemetry files are read in parallel, so adds are locked).</summary>
internal sealed class CollectingSink : ITelemetrySink
{
    private readonly HashSet<UInt128> _seen = [];
    private readonly Lock _gate = new();

    public List<Record> Records { get; } = [];

    public int Duplicates { get; private set; }

    public void Add(in Record record)
    {
        lock (_gate)
        {
            Records.Add(record);
            if (!_seen.Add(record.Fingerprint))
            {
                Duplicates++;
            }
        }
    }
}
