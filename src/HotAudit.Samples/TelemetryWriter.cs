using System.Globalization;
using System.Text;

namespace HotAudit.Samples;

/// <summary>
/// Streams telemetry into two files of different shapes, as vendors export them: the first days (half of them unless
/// told otherwise) as a UTF-8 CSV with BOM and local timestamps, the rest as JSON Lines with epoch milliseconds.
/// </summary>
internal sealed class TelemetryWriter : IDisposable
{
    private const string Header = "ts,event_id,app_id,app_version,platform,device_id,event,patch_id,patch_version,patch_hash,app_state,user_initiated,install_mode,transport,tls_version,signature_present,signature_alg,os_version";
    private static readonly string[] Names = Header.Split(',');

    /// <summary>The CSV columns, in order.</summary>
    public static IReadOnlyList<string> Columns => Names;
    private readonly StreamWriter _csv;
    private readonly StreamWriter _jsonl;
    private readonly long _split;
    private readonly StringBuilder _line = new();
    private long _csvLines = 1;
    private long _jsonLines;

    public const string CsvName = "telemetry-part1.csv";
    public const string JsonName = "telemetry-part2.jsonl";

    /// <summary>A writer into <paramref name="directory"/>; days before <paramref name="csvDays"/> (default half of <paramref name="days"/>) go to the CSV file.</summary>
    public TelemetryWriter(string directory, int days, int? csvDays = null)
    {
        _csv = new StreamWriter(Path.Combine(directory, CsvName), false, new UTF8Encoding(true), 1 << 16) { NewLine = "\r\n" };
        _jsonl = new StreamWriter(Path.Combine(directory, JsonName), false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        _csv.WriteLine(Header);
        _split = ReleasePlan.Ticks(csvDays ?? days / 2, 0);
    }

    public long Rows { get; private set; }

    /// <summary>Writes one event; values in <see cref="Header"/> order after ts and event_id (empty = absent).</summary>
    public void Write(long ticks, string eventId, ReadOnlySpan<string> values)
    {
        Rows++;
        _line.Clear();
        if (ticks < _split)
        {
            _line.Append(ReleasePlan.Local(ticks)).Append(',').Append(eventId);
            foreach (var v in values)
            {
                _line.Append(',').Append(v);
            }
            _csv.WriteLine(_line);
            _csvLines++;
            return;
        }
        var ms = (ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;
        _line.Append("{\"ts\":").Append(ms.ToString(CultureInfo.InvariantCulture)).Append(",\"event_id\":\"").Append(eventId).Append('"');
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i].Length > 0)
            {
                _line.Append(",\"").Append(Names[i + 2]).Append("\":\"").Append(values[i]).Append('"');
            }
        }
        _jsonl.WriteLine(_line.Append('}'));
        _jsonLines++;
    }

    /// <summary>Writes a row the contract rejects for <paramref name="field"/>, as one CSV line or one JSON line.</summary>
    public BadRow WriteBad(string text, string field, bool json)
    {
        Rows++;
        if (json)
        {
            _jsonl.WriteLine(text);
            return new BadRow(JsonName, ++_jsonLines, field);
        }
        _csv.WriteLine(text);
        return new BadRow(CsvName, ++_csvLines, field);
    }

    public void Dispose()
    {
        _csv.Dispose();
        _jsonl.Dispose();
    }
}
