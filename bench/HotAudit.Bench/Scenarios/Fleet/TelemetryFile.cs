using System.IO.Compression;
using System.Text;

namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// One telemetry export: CSV (any delimiter, header names and column order, optionally a BOM and gzip) or JSON Lines
/// (optionally gzip), with its own timestamp style. JSON timestamps are strings unless they are epoch digits.
/// </summary>
internal sealed class TelemetryFile : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly char? _delimiter;
    private readonly int[] _order;
    private readonly Func<DateTime, int, string> _ts;

    private TelemetryFile(string path, bool gzip, bool bom, char? delimiter, string[]? header, int[] order, Func<DateTime, int, string> ts)
    {
        Stream stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        if (gzip)
            stream = new GZipStream(stream, CompressionLevel.Fastest);
        _writer = new StreamWriter(stream, new UTF8Encoding(bom), 1 << 16) { NewLine = "\n" };
        _delimiter = delimiter;
        _order = order;
        _ts = ts;
        if (header is not null)
            _writer.WriteLine(string.Join(delimiter!.Value, (string[])["ts", "event_id", .. order.Select(i => header[i])]));
    }

    public static TelemetryFile Csv(string path, bool gzip, bool bom, char delimiter, string[] header, int[] order, Func<DateTime, int, string> ts) =>
        new(path, gzip, bom, delimiter, header, order, ts);

    public static TelemetryFile Json(string path, bool gzip, Func<DateTime, int, string> ts) =>
        new(path, gzip, false, null, null, [.. Enumerable.Range(0, TelemetryColumns.Canonical.Length)], ts);

    /// <summary>Writes one row: its instant (case-local, and the device's zone), id and <see cref="TelemetryColumns.Values"/>.</summary>
    public void Write(DateTime local, int zone, string eventId, string?[] values)
    {
        var ts = _ts(local, zone);
        if (_delimiter is { } d)
        {
            _writer.WriteLine(Line(d, [ts, eventId, .. _order.Select(i => values[i])]));
            return;
        }
        var line = new StringBuilder("{\"ts\":").Append(ts.All(char.IsAsciiDigit) ? ts : "\"" + ts + "\"").Append(",\"event_id\":\"").Append(eventId).Append('"');
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } value)
                continue;
            var name = TelemetryColumns.Canonical[i];
            var raw = name is "user_initiated" or "signature_present" or "patch_version";
            line.Append(",\"").Append(name).Append("\":").Append(raw ? value : "\"" + value + "\"");
        }
        _writer.WriteLine(line.Append('}').ToString());
    }

    /// <summary>A raw line as it stands (the deliberately bad rows).</summary>
    public void WriteRaw(string line) => _writer.WriteLine(line);

    private static string Line(char delimiter, string?[] values) => string.Join(delimiter, values.Select(v =>
        v is null ? "" : v.IndexOfAny([delimiter, '"', '\n', '\r']) < 0 ? v : "\"" + v.Replace("\"", "\"\"") + "\""));

    public void Dispose() => _writer.Dispose();
}
