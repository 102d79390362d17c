using System.Globalization;
using System.Text;

namespace HotAudit.Cli.Tests.Worker;

/// <summary>A case big enough that its assessment takes a while: generated telemetry of many devices, in one CSV.</summary>
internal static class BigCase
{
    private static readonly string[] Events = ["update_check", "download_start", "download_complete", "apply_success"];

    public static void Write(string folder, int rows)
    {
        Directory.CreateDirectory(folder);
        using var writer = new StreamWriter(Path.Combine(folder, "telemetry.csv"), false, new UTF8Encoding(false), 1 << 16);
        writer.WriteLine("ts,event_id,app_id,app_version,platform,device_id,event,patch_id,app_state,user_initiated,transport");
        var t0 = new DateTime(2026, 5, 1, 0, 0, 0);
        for (var i = 0; i < rows; i++)
        {
            var ts = t0.AddSeconds(i * 7).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{ts},e{i},com.big.app,1.0.{i % 3},android,dev-{i % 25_000},{Events[i % 4]},p{i % 5},foreground,true,https\n"));
        }
    }
}
