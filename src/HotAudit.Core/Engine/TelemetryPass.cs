using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Expressions;

namespace HotAudit.Core.Engine;

/// <summary>
/// Evaluates the telemetry rules: partition by partition (in parallel), drops duplicate events (same fingerprint; the
/// first in file order stays), orders each device's events by time, file and line, and runs every rule on each device.
/// Partials of the partitions add up, because a device lives in exactly one partition.
/// </summary>
public static class TelemetryPass
{
    private static readonly int AppSlot = Schemas.Telemetry.Slot("app_id");
    private static readonly int DeviceSlot = Schemas.Telemetry.Slot("device_id");

    /// <summary>Runs the rules and observers; returns the merged partial of each, and the duplicates dropped per file index.</summary>
    public static (RulePartial[] Partials, IDevicePartial[] Observed, long[] Duplicates) Run(
        PartitionStore store, IReadOnlyList<CompiledRule> rules, IReadOnlyList<IDeviceObserver> observers, EvalContext context,
        int evidenceCap, int fileCount, int parallelism)
    {
        var merged = rules.Select(r => r.NewPartial(evidenceCap)).ToArray();
        var observed = observers.Select(o => o.NewPartial()).ToArray();
        var duplicates = new long[fileCount];
        var gate = new Lock();
        Parallel.For(0, store.Partitions, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, p =>
        {
            var partials = rules.Select(r => r.NewPartial(evidenceCap)).ToArray();
            var seen = observers.Select(o => o.NewPartial()).ToArray();
            var dups = new long[fileCount];
            var records = Deduplicate(store.Read(p), dups);
            Array.Sort(records, ByDevice);
            foreach (var device in Devices(records))
            {
                var rows = records.AsSpan(device);
                for (var r = 0; r < rules.Count; r++)
                {
                    partials[r].BeginEntity();
                    rules[r].Evaluator.Evaluate(rows, context, partials[r]);
                    partials[r].EndEntity();
                }
                foreach (var o in seen)
                {
                    o.Observe(rows, context);
                }
            }
            lock (gate)
            {
                for (var r = 0; r < rules.Count; r++)
                {
                    merged[r].Merge(partials[r]);
                }
                for (var o = 0; o < seen.Length; o++)
                {
                    observed[o].Merge(seen[o]);
                }
                for (var f = 0; f < fileCount; f++)
                {
                    duplicates[f] += dups[f];
                }
            }
        });
        return (merged, observed, duplicates);
    }

    private static Record[] Deduplicate(Record[] records, long[] duplicates)
    {
        if (!IsInFileOrder(records))
        {
            Array.Sort(records, static (a, b) => a.File != b.File ? a.File.CompareTo(b.File) : a.Line.CompareTo(b.Line));
        }
        var seen = new HashSet<UInt128>(records.Length);
        var kept = 0;
        for (var i = 0; i < records.Length; i++)
        {
            if (seen.Add(records[i].Fingerprint))
            {
                records[kept++] = records[i];
            }
            else
            {
                duplicates[records[i].File]++;
            }
        }
        return kept == records.Length ? records : records[..kept];
    }

    private static bool IsInFileOrder(Record[] records)
    {
        for (var i = 1; i < records.Length; i++)
        {
            if (records[i].File < records[i - 1].File || (records[i].File == records[i - 1].File && records[i].Line < records[i - 1].Line))
            {
                return false;
            }
        }
        return true;
    }

    private static int ByDevice(Record a, Record b)
    {
        var c = a.Fields[AppSlot].CompareTo(b.Fields[AppSlot]);
        if (c != 0)
        {
            return c;
        }
        c = a.Fields[DeviceSlot].CompareTo(b.Fields[DeviceSlot]);
        return c != 0 ? c : Record.CompareByTime(a, b);
    }

    private static IEnumerable<Range> Devices(Record[] sorted)
    {
        var start = 0;
        for (var i = 1; i <= sorted.Length; i++)
        {
            if (i == sorted.Length || sorted[i].Fields[AppSlot] != sorted[start].Fields[AppSlot] || sorted[i].Fields[DeviceSlot] != sorted[start].Fields[DeviceSlot])
            {
                yield return start..i;
                start = i;
            }
        }
    }
}
