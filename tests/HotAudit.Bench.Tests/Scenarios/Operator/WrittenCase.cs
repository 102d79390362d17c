using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using HotAudit.Bench.Scenarios;
using HotAudit.Bench.Scenarios.Operator;

namespace HotAudit.Bench.Tests.Scenarios.Operator;

/// <summary>
/// A small case written by the operator family into a temporary folder, read back as a test would read an export:
/// every telemetry row of every file as field → value, and the operation log's rows.
/// </summary>
internal sealed class WrittenCase : IDisposable
{
    /// <summary>Rows of a small case: big enough for every anomaly to find a vector with a base, quick to write.</summary>
    public const int SmallBudget = 150_000;

    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public WrittenCase(int seed, int budget = SmallBudget)
    {
        Dir = Path.Combine(Path.GetTempPath(), "hotaudit-bench-tests", $"operator-{seed}-{Guid.NewGuid():N}");
        Truth = new OperatorFamily(budget).Write(Dir, seed);
    }

    public string Dir { get; }

    public ScenarioTruth Truth { get; }

    /// <summary>Every telemetry row (duplicates included), with its local time.</summary>
    public List<(DateTime Local, IReadOnlyDictionary<string, string> Fields)> Telemetry() =>
        [.. Csv("telemetry-export-1.csv", gzip: false), .. Json("telemetry-export-2.jsonl"), .. Csv("telemetry-export-3.csv.gz", gzip: true), .. Json("telemetry-export-4.jsonl")];

    /// <summary>The operation log's rows as field → value (empty fields left out).</summary>
    public List<Dictionary<string, string>> Operations()
    {
        var lines = File.ReadAllLines(Path.Combine(Dir, "operations.csv"));
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => ExportLines.Fields(header, ExportLines.Split(l, ','))).ToList();
    }

    private IEnumerable<(DateTime, IReadOnlyDictionary<string, string>)> Csv(string name, bool gzip)
    {
        Stream stream = File.OpenRead(Path.Combine(Dir, name));
        if (gzip)
            stream = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var header = reader.ReadLine()!.Split(',').Select(Canonical).ToArray();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var fields = ExportLines.Fields(header, line.Split(','));
            var ts = fields["ts"];
            yield return (ts.EndsWith("+08:00", StringComparison.Ordinal) ? DateTimeOffset.Parse(ts, CultureInfo.InvariantCulture).DateTime
                : DateTime.ParseExact(ts, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), fields);
        }
    }

    private IEnumerable<(DateTime, IReadOnlyDictionary<string, string>)> Json(string name)
    {
        foreach (var line in File.ReadLines(Path.Combine(Dir, name)))
        {
            using var doc = JsonDocument.Parse(line);
            var fields = doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString());
            var ts = doc.RootElement.GetProperty("ts");
            var utc = ts.ValueKind == JsonValueKind.Number ? DateTimeOffset.FromUnixTimeMilliseconds(ts.GetInt64())
                : DateTimeOffset.Parse(ts.GetString()!, CultureInfo.InvariantCulture);
            yield return (utc.ToOffset(Offset).DateTime, fields);
        }
    }

    private static string Canonical(string header) =>
        Array.IndexOf(TelemetryColumns.Chinese, header) is var i and >= 0 ? TelemetryColumns.Canonical[i] : header;



    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
