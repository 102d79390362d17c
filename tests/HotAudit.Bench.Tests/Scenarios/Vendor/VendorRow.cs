using System.Globalization;
using System.Text.Json;

namespace HotAudit.Bench.Tests.Scenarios.Vendor;

/// <summary>The written telemetry read back from both exports, each event once (by event_id), with its local day.</summary>
internal sealed record VendorRow(string Id, string App, string Version, string Device, string Event, DateOnly Day, string? Transport)
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static IEnumerable<VendorRow> Read(string dir)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Csv(Path.Combine(dir, "telemetry-android-export.csv")).Concat(Jsonl(Path.Combine(dir, "telemetry-ios-stream.jsonl")))
            .Where(r => seen.Add(r.Id));
    }

    public static IEnumerable<VendorRow> Csv(string path)
    {
        string[]? header = null;
        foreach (var line in File.ReadLines(path))
        {
            var values = ExportLines.Split(line, ',');
            if (header is null)
            {
                header = values;
                continue;
            }
            var f = ExportLines.Fields(header, values);
            var day = DateOnly.FromDateTime(DateTime.ParseExact(f["ts"], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            yield return new VendorRow(f["event_id"], f["app_id"], f["app_version"], f["device_id"], f["event"], day, f.GetValueOrDefault("transport"));
        }
    }

    public static IEnumerable<VendorRow> Jsonl(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            var o = doc.RootElement;
            string? Get(string name) => o.TryGetProperty(name, out var v) ? v.GetString() : null;
            var day = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(o.GetProperty("ts").GetInt64()).ToOffset(Offset).DateTime);
            yield return new VendorRow(Get("event_id")!, Get("app_id")!, Get("app_version")!, Get("device_id")!, Get("event")!, day, Get("transport"));
        }
    }
}
