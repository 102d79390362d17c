using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using HotAudit.Bench.Scenarios;
using HotAudit.Bench.Scenarios.Fleet;

namespace HotAudit.Bench.Tests.Scenarios.Fleet;

/// <summary>
/// A small case written by the fleet family into a temporary folder, read back as an evaluator would read the exports:
/// every telemetry row of the five files (CSV with , or ;, Chinese or upper-case headers, gzip, JSON Lines; five
/// timestamp styles) with its instant at +08:00 and its file, and the operation log's rows of both exports.
/// </summary>
internal sealed class FleetCase : IDisposable
{
    /// <summary>Telemetry rows of a small case: every kind still finds a vector with a base, quick to write and assess.</summary>
    public const int SmallBudget = 150_000;

    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public FleetCase(int seed, int budget = SmallBudget)
    {
        Dir = Path.Combine(Path.GetTempPath(), "hotaudit-bench-tests", $"fleet-{seed}-{Guid.NewGuid():N}");
        Truth = new FleetFamily(budget).Write(Dir, seed);
    }

    public string Dir { get; }

    public ScenarioTruth Truth { get; }

    /// <summary>Every telemetry row (repeats and the deliberately bad rows included), its file and its instant at +08:00 (null when unreadable).</summary>
    public List<TelemetryRow> Telemetry() => [.. TelemetryExports.Names.SelectMany(Read)];

    /// <summary>The telemetry rows once each (by event id), without the deliberately bad ones, by (app, version, case day).</summary>
    public ILookup<(string App, string Version, DateOnly Day), TelemetryRow> TelemetryByVector() =>
        Telemetry().Where(r => r.Local is not null && !r.Fields["event_id"].StartsWith("bad-", StringComparison.Ordinal))
            .DistinctBy(r => r.Fields["event_id"])
            .ToLookup(r => (r.Fields["app_id"], r.Fields["app_version"], DateOnly.FromDateTime(r.Local!.Value)));

    /// <summary>The operation log's rows of both exports as field → value (empty fields left out), repeats included.</summary>
    public List<Dictionary<string, string>> Operations()
    {
        var lines = File.ReadAllLines(Path.Combine(Dir, OperationsWriter.Console));
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => ExportLines.Fields(header, ExportLines.Split(l, ','))).ToList();
        foreach (var line in File.ReadLines(Path.Combine(Dir, OperationsWriter.Api)))
        {
            using var doc = JsonDocument.Parse(line);
            var fields = doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, Text);
            fields["ts"] = Local(fields["ts"])!.Value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            rows.Add(fields);
        }
        return rows;
    }

    /// <summary>The operation log once each (by op id), by (app, version, case day).</summary>
    public ILookup<(string App, string Version, DateOnly Day), Dictionary<string, string>> OperationsByVector() =>
        Operations().DistinctBy(r => r["op_id"]).Where(r => r.ContainsKey("app_version"))
            .ToLookup(r => (r["app_id"], r["app_version"], DateOnly.FromDateTime(Local(r["ts"])!.Value)));

    /// <summary>A timestamp of any style the exports use, as a +08:00 local time; null when it is not one.</summary>
    public static DateTime? Local(string ts)
    {
        if (ts.All(char.IsAsciiDigit))
        {
            var n = long.Parse(ts, CultureInfo.InvariantCulture);
            return (ts.Length >= 12 ? DateTimeOffset.FromUnixTimeMilliseconds(n) : DateTimeOffset.FromUnixTimeSeconds(n)).ToOffset(Offset).DateTime;
        }
        if (DateTime.TryParseExact(ts, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var plain))
            return plain;
        return DateTimeOffset.TryParse(ts, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto) && ts.Contains('T', StringComparison.Ordinal)
            ? dto.ToOffset(Offset).DateTime : null;
    }

    private IEnumerable<TelemetryRow> Read(string name)
    {
        var path = Path.Combine(Dir, name);
        Stream stream = File.OpenRead(path);
        if (name.EndsWith(".gz", StringComparison.Ordinal))
            stream = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        if (name.Contains(".jsonl", StringComparison.Ordinal))
        {
            for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            {
                using var doc = JsonDocument.Parse(line);
                var fields = doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, Text);
                yield return new TelemetryRow(name, Local(fields["ts"]), fields);
            }
            yield break;
        }
        var first = reader.ReadLine()!;
        var delimiter = first.Count(c => c == ';') > first.Count(c => c == ',') ? ';' : ',';
        var header = first.Split(delimiter).Select(Canonical).ToArray();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var fields = ExportLines.Fields(header, ExportLines.Split(line, delimiter));
            yield return new TelemetryRow(name, Local(fields["ts"]), fields);
        }
    }

    private static string Text(JsonProperty p) => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();

    private static string Canonical(string header) =>
        Array.IndexOf(TelemetryColumns.Chinese, header) is var i and >= 0 ? TelemetryColumns.Canonical[i] : header.ToLowerInvariant();



    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
