using System.Globalization;
using System.Text;

namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>
/// Writes the case as the platform's exports come: the case file, the operation log and roster as CSV, and the
/// telemetry from two collectors — Android and Harmony devices as a CSV grouped by device (local times), iOS devices as
/// JSON Lines in arrival order (epoch milliseconds) — with a few events delivered twice, across and within the files.
/// </summary>
internal static class VendorExport
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static void Write(string dir, VendorWorld world, IReadOnlyList<VendorOp> ops, IReadOnlyList<VendorEvent> events)
    {
        Directory.CreateDirectory(dir);
        var c = world.Calendar;
        File.WriteAllText(Path.Combine(dir, "hotaudit.case.yaml"), string.Create(CultureInfo.InvariantCulture,
            $"case: VENDOR-{world.Seed:D3}\nscenario: internal\ntz: \"+08:00\"\nperiod:\n  from: {c.Start:yyyy-MM-dd}T00:00:00+08:00\n  until: {c.Date(c.Days):yyyy-MM-dd}T00:00:00+08:00\n"), Utf8);
        VendorOperationsFile.Write(Path.Combine(dir, "operations.csv"), Path.Combine(dir, "operators.csv"), world, ops);
        var (csv, jsonl) = Split(world, events);
        VendorTelemetryFiles.WriteCsv(Path.Combine(dir, "telemetry-android-export.csv"), world, csv);
        VendorTelemetryFiles.WriteJsonl(Path.Combine(dir, "telemetry-ios-stream.jsonl"), world, jsonl);
    }

    public static DateTime Local(VendorCalendar calendar, long at) => calendar.Start.ToDateTime(TimeOnly.MinValue).AddSeconds(at);

    private static (List<VendorEvent> Csv, List<VendorEvent> Jsonl) Split(VendorWorld world, IReadOnlyList<VendorEvent> events)
    {
        var csv = new List<VendorEvent>();
        var jsonl = new List<(long Arrival, VendorEvent Event)>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var ios = e.Device.Platform == "ios";
            var u = VendorHash.Uniform(world.Seed, i, 11, 13);
            var arrival = e.At + (long)(VendorHash.Uniform(world.Seed, i, 17, 19) * 2 * VendorCalendar.Day);
            if (!ios || u < 0.004)
            {
                csv.Add(e);
            }
            if (ios || u < 0.004)
            {
                jsonl.Add((arrival, e));
            }
            if (ios && u > 0.998)
            {
                jsonl.Add((arrival + 3600, e));
            }
        }
        return ([.. csv.OrderBy(e => e.Device.Number).ThenBy(e => e.At)], [.. jsonl.OrderBy(p => p.Arrival).Select(p => p.Event)]);
    }
}
