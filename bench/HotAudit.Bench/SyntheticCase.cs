using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace HotAudit.Bench;

/// <summary>
/// A synthetic case for timing: ~10 events per device (consent, check, download, verify, apply, launch), devices spread
/// over 3 apps × 2 versions, a publish cycle per patch in the operation log, telemetry split over CSV, JSON Lines and
/// gzip CSV, rows out of time order, a few duplicates and malformed rows. Deterministic for a seed.
/// </summary>
internal static class SyntheticCase
{
    private static readonly string[] Apps = ["com.bench.pay", "com.bench.shop", "com.bench.news"];
    private static readonly string[] Versions = ["5.1.0", "5.2.0"];
    private static readonly DateTime Start = new(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc);

    public static long Write(string dir, long events, int seed)
    {
        Directory.CreateDirectory(dir);
        var rng = new Random(seed);
        WriteOperations(dir);
        const string header = "ts,event_id,app_id,app_version,platform,device_id,event,patch_id,app_state,user_initiated,install_mode,transport,tls_version,signature_present";
        using var csv1 = Csv(Path.Combine(dir, "telemetry-a.csv"));
        using var csv2 = new StreamWriter(new GZipStream(File.Create(Path.Combine(dir, "telemetry-b.csv.gz")), CompressionLevel.Fastest), new UTF8Encoding(false), 1 << 16);
        using var jsonl = Csv(Path.Combine(dir, "telemetry-c.jsonl"));
        csv1.WriteLine(header);
        csv2.WriteLine(header);
        long written = 0, id = 0;
        for (var device = 0; written < events; device++)
        {
            foreach (var e in DeviceEvents(device, rng))
            {
                var line = string.Join(',', e.Ts.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), $"e{id++}", e.App, e.Version, "android",
                    $"dev-{device:D7}", e.Event, e.Patch, e.State, e.User, e.Mode, e.Transport, e.Tls, e.Signed);
                switch (device % 3)
                {
                    case 0: csv1.WriteLine(line); break;
                    case 1: csv2.WriteLine(line); break;
                    default: jsonl.WriteLine(Json(line, header)); break;
                }
                written++;
                if (rng.Next(2000) == 0)
                {
                    csv1.WriteLine(line); // a duplicate delivered twice
                    csv1.WriteLine(line.Replace("android", "symbian", StringComparison.Ordinal).Replace($"e{id - 1},", $"x{id - 1},", StringComparison.Ordinal));
                    written += 2;
                }
            }
        }
        return written;
    }

    private static IEnumerable<(DateTime Ts, string App, string Version, string Event, string Patch, string State, string User, string Mode, string Transport, string Tls, string Signed)> DeviceEvents(int device, Random rng)
    {
        var app = Apps[device % Apps.Length];
        var version = Versions[device / Apps.Length % Versions.Length];
        var t = Start.AddMinutes(rng.Next(60 * 24 * 60));
        var patch = $"{app}-{version}-p{1 + rng.Next(10)}";
        var state = rng.Next(100) == 0 ? "background" : "foreground";
        var list = new[]
        {
            (t, app, version, "launch", "", "", "", "", "", "", ""),
            (t.AddSeconds(5), app, version, "consent_prompt", "", "", "", "", "", "", ""),
            (t.AddSeconds(9), app, version, rng.Next(200) == 0 ? "consent_denied" : "consent_granted", "", "", "", "", "", "", ""),
            (t.AddSeconds(12), app, version, "update_check", "", "", "", "", rng.Next(300) == 0 ? "http" : "https", "1.3", ""),
            (t.AddSeconds(14), app, version, "download_start", patch, state, "false", "", "https", "1.3", ""),
            (t.AddSeconds(30), app, version, "download_complete", patch, state, "false", "", "https", "1.3", "true"),
            (t.AddSeconds(31), app, version, "verify_passed", patch, "", "", "", "", "", "true"),
            (t.AddSeconds(40), app, version, "apply_start", patch, state, "false", "on_next_restart", "", "", "true"),
            (t.AddSeconds(41), app, version, "apply_success", patch, state, "false", "on_next_restart", "", "", "true"),
            (t.AddHours(3), app, version, rng.Next(50) == 0 ? "crash" : "launch", patch, "", "", "", "", "", ""),
        };
        // Late arrivals: the device's events are written out of time order.
        return list.OrderBy(_ => rng.Next());
    }

    private static void WriteOperations(string dir)
    {
        using var ops = Csv(Path.Combine(dir, "operations.csv"));
        ops.WriteLine("ts,op_id,operator,action,app_id,app_version,patch_id,patch_version,content,result,signature");
        var n = 0;
        foreach (var app in Apps)
        {
            foreach (var version in Versions)
            {
                for (var p = 1; p <= 10; p++)
                {
                    var t = Start.AddDays(-20 + p * 6);
                    var patch = $"{app}-{version}-p{p}";
                    foreach (var (offset, who, action, result) in new[] { (0, "dev1", "patch_upload", ""), (1, "sec1", "security_review", "pass"), (2, "lead1", "approve", "approved"), (3, "rel1", "publish", "") })
                    {
                        ops.WriteLine(string.Join(',', t.AddHours(offset).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), $"op{n++}", who, action, app, version, patch, p, $"fix {patch}", result, "c2lnbmF0dXJl"));
                    }
                }
            }
        }
    }

    private static StreamWriter Csv(string path) => new(path, false, new UTF8Encoding(false), 1 << 16);

    private static string Json(string csvLine, string header)
    {
        var names = header.Split(',');
        var values = csvLine.Split(',');
        var sb = new StringBuilder("{");
        for (var i = 0; i < names.Length; i++)
        {
            if (values[i].Length > 0)
            {
                sb.Append(sb.Length > 1 ? "," : "").Append('"').Append(names[i]).Append("\":\"").Append(values[i]).Append('"');
            }
        }
        return sb.Append('}').ToString();
    }
}
