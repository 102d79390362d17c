using System.Globalization;
using System.Text.Json;

namespace HotAudit.Bench.Tests.Scenarios.Harbor;

/// <summary>The operation log read back from both exports, each op_id once, with its day at +08:00.</summary>
internal static class HarborOperations
{
    public static List<(string Id, string Action, string? App, string? Version, string? Operator, DateOnly Day)> Read(string dir)
    {
        var rows = new List<(string, string, string?, string?, string?, DateOnly)>();
        var lines = File.ReadAllLines(Path.Combine(dir, "operations-console.csv"));
        var header = ExportLines.Split(lines[0], ',');
        foreach (var line in lines.Skip(1))
        {
            var f = ExportLines.Fields(header, ExportLines.Split(line, ','));
            var day = DateOnly.FromDateTime(DateTime.ParseExact(f["时间"], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            rows.Add((f["操作ID"], f["操作"], f.GetValueOrDefault("应用ID"), f.GetValueOrDefault("应用版本"), f.GetValueOrDefault("操作人员"), day));
        }
        foreach (var line in File.ReadLines(Path.Combine(dir, "operations-api.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var o = doc.RootElement;
            string? Get(string name) => o.TryGetProperty(name, out var v) ? v.GetString() : null;
            var day = DateOnly.FromDateTime(DateTimeOffset.Parse(Get("ts")!, CultureInfo.InvariantCulture).ToOffset(TimeSpan.FromHours(8)).DateTime);
            rows.Add((Get("op_id")!, Get("action")!, Get("app_id"), Get("app_version"), Get("operator"), day));
        }
        return [.. rows.DistinctBy(r => r.Item1)];
    }
}
