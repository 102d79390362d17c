using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// One telemetry export file: CSV (UTF-8 with BOM, optionally gzip and Chinese headers) or JSON Lines, each with its
/// own timestamp style (local without offset, with +08:00, epoch milliseconds, UTC with Z).
/// </summary>
internal sealed class TelemetryFile : IDisposable
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    private readonly StreamWriter _writer;
    private readonly bool _json;
    private readonly Func<DateTime, string> _ts;

    private TelemetryFile(Stream stream, Encoding encoding, bool json, Func<DateTime, string> ts, string[]? header)
    {
        _writer = new StreamWriter(stream, encoding, 1 << 16) { NewLine = "\n" };
        _json = json;
        _ts = ts;
        if (header is not null)
            _writer.WriteLine(string.Join(',', header));
    }

    /// <summary>The case's four telemetry files in <paramref name="dir"/>.</summary>
    public static TelemetryFile[] Open(string dir) =>
    [
        new(Create(dir, "telemetry-export-1.csv"), new UTF8Encoding(true), false,
            t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), TelemetryColumns.Canonical),
        new(Create(dir, "telemetry-export-2.jsonl"), new UTF8Encoding(false), true,
            t => new DateTimeOffset(t, Offset).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), null),
        new(new GZipStream(Create(dir, "telemetry-export-3.csv.gz"), CompressionLevel.Fastest), new UTF8Encoding(false), false,
            t => t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+08:00", TelemetryColumns.Chinese),
        new(Create(dir, "telemetry-export-4.jsonl"), new UTF8Encoding(false), true,
            t => "\"" + (t - Offset).ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + "Z\"", null),
    ];

    private static FileStream Create(string dir, string name) => new(Path.Combine(dir, name), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);

    /// <summary>Writes one event with its id and the column values of <see cref="TelemetryColumns.Values"/>.</summary>
    public void Write(DateTime local, string eventId, string?[] values)
    {
        if (_json)
            WriteJson(local, eventId, values);
        else
            _writer.WriteLine(_ts(local) + "," + eventId + "," + string.Join(',', values.Select(v => v ?? "")));
    }

    private void WriteJson(DateTime local, string eventId, string?[] values)
    {
        var line = new StringBuilder("{\"ts\":").Append(_ts(local)).Append(",\"event_id\":\"").Append(eventId).Append('"');
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } value)
                continue;
            var name = TelemetryColumns.Canonical[i + 2];
            var raw = name is "user_initiated" or "signature_present" || (name == "patch_version");
            line.Append(",\"").Append(name).Append("\":");
            line.Append(raw ? value : "\"" + value + "\"");
        }
        _writer.WriteLine(line.Append('}').ToString());
    }

    public void Dispose() => _writer.Dispose();
}
