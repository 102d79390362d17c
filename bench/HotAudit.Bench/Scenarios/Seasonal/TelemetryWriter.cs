using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>
/// Writes the telemetry as an SDK export would arrive: five files, CSV (UTF-8 with BOM) and JSON Lines, each with its own
/// timestamp form (local without offset, +08:00, epoch milliseconds, UTC, epoch seconds); a device's weeks spread over
/// files; rows shuffled, not in time order.
/// </summary>
internal static class TelemetryWriter
{
    private static readonly (string Name, string Ts)[] Files =
    [
        ("telemetry-export-01.csv", "local"), ("telemetry-export-02.jsonl", "epoch-ms"), ("telemetry-export-03.csv", "offset"),
        ("telemetry-stream-04.jsonl", "utc"), ("telemetry-export-05.csv", "epoch-s"),
    ];

    public static void Write(string dir, SeasonalWorld world, TelemetryRows telemetry, Random rng)
    {
        var parts = Files.Select(_ => new List<TelemetryRow>()).ToArray();
        foreach (var row in telemetry.Rows)
        {
            var week = (ulong)(world.DayOf(row.Ticks) / 7);
            parts[(int)((Digests.Mix(row.App, (ulong)row.Device) + week) % (ulong)Files.Length)].Add(row);
        }
        var fields = new TelemetryFields(world);
        for (var f = 0; f < Files.Length; f++)
        {
            rng.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(parts[f]));
            var path = Path.Combine(dir, Files[f].Name);
            if (path.EndsWith(".csv", StringComparison.Ordinal))
            {
                WriteCsv(path, parts[f], fields, Files[f].Ts);
            }
            else
            {
                WriteJsonLines(path, parts[f], fields, Files[f].Ts);
            }
        }
    }

    private static void WriteCsv(string path, List<TelemetryRow> rows, TelemetryFields fields, string ts)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true), 1 << 16) { NewLine = "\n" };
        writer.WriteLine("ts," + string.Join(',', TelemetryFields.Columns));
        foreach (var row in rows)
        {
            writer.Write(Timestamp(row.Ticks, ts));
            foreach (var value in fields.Of(row))
            {
                writer.Write(',');
                writer.Write(value);
            }
            writer.WriteLine();
        }
    }

    private static void WriteJsonLines(string path, List<TelemetryRow> rows, TelemetryFields fields, string ts)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var json = new Utf8JsonWriter(stream);
        foreach (var row in rows)
        {
            json.WriteStartObject();
            if (ts == "epoch-ms")
            {
                json.WriteNumber("ts", Epoch(row.Ticks) / TimeSpan.TicksPerMillisecond);
            }
            else
            {
                json.WriteString("ts", Timestamp(row.Ticks, ts));
            }
            var values = fields.Of(row);
            for (var c = 0; c < values.Length; c++)
            {
                WriteField(json, TelemetryFields.Columns[c], values[c], TelemetryFields.Typed.Contains(c));
            }
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
        }
    }

    private static void WriteField(Utf8JsonWriter json, string name, string? value, bool typed)
    {
        if (value is null)
        {
            return;
        }
        if (!typed)
        {
            json.WriteString(name, value);
        }
        else if (value is "true" or "false")
        {
            json.WriteBoolean(name, value == "true");
        }
        else
        {
            json.WriteNumber(name, int.Parse(value, CultureInfo.InvariantCulture));
        }
    }

    private static long Epoch(long localTicks) => localTicks - SeasonalWorld.Offset.Ticks - DateTime.UnixEpoch.Ticks;

    private static string Timestamp(long ticks, string form) => form switch
    {
        "local" => new DateTime(ticks).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        "offset" => new DateTime(ticks).ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+08:00",
        "utc" => new DateTime(ticks - SeasonalWorld.Offset.Ticks).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        _ => (Epoch(ticks) / TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture),
    };
}
