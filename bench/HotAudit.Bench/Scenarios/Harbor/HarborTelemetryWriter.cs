using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace HotAudit.Bench.Scenarios.Harbor;

/// <summary>
/// Writes the telemetry as the platform's pipelines deliver it: the small customers' export as a CSV with BOM and
/// Chinese headers on local time; a stream as monthly JSON Lines files (appKey, epoch milliseconds, attrs as an object);
/// a gzip batch CSV with semicolons and upper-case headers in another order on UTC; and a gzip JSON Lines file of late
/// deliveries (2.5 % of all events, in no order) and repeats (0.6 % of events delivered again there, 0.15 % twice in a row
/// in their own file). Rows of devices whose clock was reset carry a 1970 time and are rejected (ts).
/// </summary>
internal sealed class HarborTelemetryWriter(HarborWorld w)
{
    private static readonly string[] ChineseHeader =
        ["时间", "事件ID", "应用ID", "应用版本", "平台", "设备ID", "SDK版本", "事件", "补丁ID", "补丁版本", "补丁哈希", "前后台", "用户触发", "安装方式", "传输协议", "TLS版本", "有签名", "签名算法", "错误码", "系统版本", "属性"];
    private static readonly string[] BatchHeader =
        ["EVENT_ID", "TS", "DEVICE_ID", "APP_ID", "APP_VERSION", "EVENT", "PATCH_ID", "PATCH_VERSION", "PATCH_HASH", "APP_STATE", "USER_INITIATED", "INSTALL_MODE", "TRANSPORT", "TLS_VERSION", "SIGNATURE_PRESENT", "SIGNATURE_ALG", "ERROR_CODE", "PLATFORM", "OS_VERSION", "SDK_VERSION", "ATTRS"];

    private readonly Random rng = w.Rng;

    /// <summary>Rows written with a 1970 clock (rejected by the contract's ts check).</summary>
    public int BadRows { get; private set; }
    public int Rows { get; private set; }

    public void Write(string dir, List<HarborEvent> events)
    {
        events.Sort((a, b) => a.True != b.True ? a.True.CompareTo(b.True) : a.Seq.CompareTo(b.Seq));
        var late = new List<HarborEvent>();
        var sinks = new Dictionary<string, List<(HarborEvent E, int Times)>>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            var app = w.Apps[w.Devices[e.Device].App];
            if (!e.Bad && rng.NextDouble() < 0.025)
            {
                late.Add(e);
                continue;
            }
            var file = app.Sink switch
            {
                Sink.ChineseCsv => "telemetry-cn-export.csv",
                Sink.Batch => "telemetry-batch.csv.gz",
                _ => "telemetry-stream-" + w.Calendar.LocalDate(e.True).ToString("yyyy-MM", CultureInfo.InvariantCulture) + ".jsonl",
            };
            if (!sinks.TryGetValue(file, out var rows))
            {
                sinks[file] = rows = [];
            }
            rows.Add((e, !e.Bad && rng.NextDouble() < 0.0015 ? 2 : 1));
            if (!e.Bad && rng.NextDouble() < 0.006)
            {
                late.Add(e);
            }
        }
        for (var i = late.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (late[i], late[j]) = (late[j], late[i]);
        }
        foreach (var (file, rows) in sinks)
        {
            var path = Path.Combine(dir, file);
            using var stream = Open(path);
            using var writer = new StreamWriter(stream, new UTF8Encoding(file.EndsWith(".csv", StringComparison.Ordinal)));
            writer.NewLine = "\n";
            var batch = file.StartsWith("telemetry-batch", StringComparison.Ordinal);
            if (file.EndsWith(".csv", StringComparison.Ordinal) || batch)
            {
                writer.WriteLine(string.Join(batch ? ';' : ',', batch ? BatchHeader : ChineseHeader));
            }
            foreach (var (e, times) in rows)
            {
                var line = batch ? Batch(e) : file.EndsWith(".csv", StringComparison.Ordinal) ? Chinese(e) : Json(e, Stamp.Epoch);
                for (var k = 0; k < times; k++)
                {
                    writer.WriteLine(line);
                    Rows++;
                }
                BadRows += e.Bad ? 1 : 0;
            }
        }
        using (var stream = Open(Path.Combine(dir, "telemetry-late.jsonl.gz")))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            foreach (var e in late)
            {
                writer.WriteLine(Json(e, Stamp.Offset));
                Rows++;
            }
        }
    }

    private static Stream Open(string path)
    {
        var file = File.Create(path);
        return path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionLevel.Optimal) : file;
    }

    private enum Stamp { Epoch, Offset }

    private (HarborApp App, HarborVersion Version, HarborDevice Device, HarborPatch? Patch) Of(HarborEvent e)
    {
        var device = w.Devices[e.Device];
        return (w.Apps[device.App], w.Versions[device.Version], device, e.Patch >= 0 ? w.Patches[e.Patch] : null);
    }

    private static string Sdk(HarborApp app, HarborDevice device) => device.Legacy ? "2.9.4" : app.Giant ? "4.2.0" : "4.1.3";

    private static bool Hashed(EventKind kind) => kind is EventKind.DownloadComplete or EventKind.VerifyPassed or EventKind.VerifyFailed or EventKind.ApplyStart or EventKind.ApplySuccess or EventKind.ApplyFailed;

    private static bool Signed(EventKind kind) => kind is EventKind.VerifyPassed or EventKind.VerifyFailed or EventKind.ApplyStart or EventKind.ApplySuccess;

    private static string Id(HarborEvent e) => "evt_" + unchecked((uint)e.Seq * 2654435761u).ToString("x8", CultureInfo.InvariantCulture) + (e.Seq >> 20).ToString("x", CultureInfo.InvariantCulture);

    private static string Clock(long ms, TimeSpan offset, string format) =>
        DateTimeOffset.FromUnixTimeMilliseconds(ms).ToOffset(offset).ToString(format, CultureInfo.InvariantCulture);

    /// <summary>The fields in the contract's order, absent ones null; booleans as true/false.</summary>
    private string?[] Fields(HarborEvent e)
    {
        var (app, version, device, patch) = Of(e);
        return
        [
            Id(e), app.Id, version.Name, device.Platform, device.Id, Sdk(app, device), HarborEvent.Name(e.Kind),
            patch?.Id, patch is null ? null : patch.Number.ToString(CultureInfo.InvariantCulture), patch is not null && Hashed(e.Kind) ? patch.Hash : null,
            e.State switch { 1 => "foreground", 2 => "background", _ => null }, e.User switch { 1 => "false", 2 => "true", _ => null },
            HarborEvent.ModeName(e.Mode), e.Transport switch { 1 => "https", 2 => "http", _ => null }, e.Transport == 1 ? "1.3" : null,
            Signed(e.Kind) ? "true" : null, Signed(e.Kind) && patch is not null ? patch.Alg : null, HarborEvent.ErrorName(e.Error), device.Os,
        ];
    }

    private string Chinese(HarborEvent e)
    {
        var f = Fields(e);
        var device = w.Devices[e.Device];
        var ts = e.Bad ? Clock(e.True % HarborCalendar.DayMs, HarborCalendar.Offset, "1970-01-01 HH:mm:ss") : Clock(e.Ts, HarborCalendar.Offset, "yyyy-MM-dd HH:mm:ss");
        var values = new[] { ts }.Concat(f.Select(v => v switch { "true" => "是", "false" => "否", _ => v ?? "" }))
            .Append($"bucket={device.Bucket};region={device.Region}");
        return string.Join(',', values);
    }

    private string Batch(HarborEvent e)
    {
        var f = Fields(e);
        var device = w.Devices[e.Device];
        var ts = e.Bad ? Clock(e.True % HarborCalendar.DayMs, TimeSpan.Zero, "1970-01-01THH:mm:ss.fff") + "Z" : Clock(e.Ts, TimeSpan.Zero, "yyyy-MM-ddTHH:mm:ss.fff") + "Z";
        string V(string? v) => v switch { "true" => "1", "false" => "0", null => "", _ => v };
        // EVENT_ID;TS;DEVICE_ID;APP_ID;APP_VERSION;EVENT;PATCH_ID;PATCH_VERSION;PATCH_HASH;APP_STATE;USER_INITIATED;INSTALL_MODE;TRANSPORT;TLS_VERSION;SIGNATURE_PRESENT;SIGNATURE_ALG;ERROR_CODE;PLATFORM;OS_VERSION;SDK_VERSION;ATTRS
        return string.Join(';',
            V(f[0]), ts, V(f[4]), V(f[1]), V(f[2]), V(f[6]), V(f[7]), V(f[8]), V(f[9]), V(f[10]), V(f[11]), V(f[12]), V(f[13]), V(f[14]), V(f[15]), V(f[16]),
            V(f[17]), V(f[3]), V(f[18]), V(f[5]), $"\"bucket={device.Bucket};region={device.Region}\"");
    }

    private static readonly string[] JsonNames =
        ["event_id", "app_id", "app_version", "platform", "device_id", "sdk_version", "event", "patch_id", "patch_version", "patch_hash", "app_state", "user_initiated", "install_mode", "transport", "tls_version", "signature_present", "signature_alg", "error_code", "os_version"];

    private string Json(HarborEvent e, Stamp stamp)
    {
        var f = Fields(e);
        var device = w.Devices[e.Device];
        var s = new StringBuilder(400);
        s.Append("{\"ts\":");
        if (stamp == Stamp.Epoch)
        {
            s.Append(e.Bad ? (e.True % HarborCalendar.DayMs / 1000).ToString(CultureInfo.InvariantCulture) : e.Ts.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            s.Append('"').Append(Clock(e.Ts, HarborCalendar.Offset, "yyyy-MM-ddTHH:mm:ss.fffzzz")).Append('"');
        }
        for (var i = 0; i < f.Length; i++)
        {
            if (f[i] is not { } value)
            {
                continue;
            }
            var name = stamp == Stamp.Epoch && i == 1 ? "appKey" : JsonNames[i];
            s.Append(",\"").Append(name).Append("\":");
            if (value is "true" or "false" || (i == 8 && value.All(char.IsAsciiDigit)))
            {
                s.Append(value);
            }
            else
            {
                s.Append('"').Append(value).Append('"');
            }
        }
        s.Append(",\"attrs\":{\"bucket\":").Append(device.Bucket.ToString(CultureInfo.InvariantCulture)).Append(",\"region\":\"").Append(device.Region).Append("\"}}");
        return s.ToString();
    }
}
