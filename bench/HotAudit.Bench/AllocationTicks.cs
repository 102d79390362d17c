using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace HotAudit.Bench;

/// <summary>
/// <c>HOTAUDIT_ALLOCATIONS=1</c>: the runtime's allocation samples (GC AllocationTick, one event per ~100 KB allocated)
/// summed by type, printed by <c>ingest CASE</c> after each read: what the per-row allocations are, without a trace file.
/// </summary>
internal sealed class AllocationTicks : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new();

    public static AllocationTicks? Start() => Environment.GetEnvironmentVariable("HOTAUDIT_ALLOCATIONS") == "1" ? new AllocationTicks() : null;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }
        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a], CultureInfo.InvariantCulture) : 100_000;
        var heap = e.PayloadNames.IndexOf("AllocationKind") is var k and >= 0 ? Convert.ToInt32(e.Payload[k], CultureInfo.InvariantCulture) : 0;
        _bytes.AddOrUpdate(heap == 1 ? type + " (LOH)" : type, amount, (_, v) => v + amount);
    }

    public void Print()
    {
        foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(25))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  alloc {bytes / 1e6,8:F1} MB  {type}"));
        }
        _bytes.Clear();
    }
}
