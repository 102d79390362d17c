using System.Globalization;
using System.Text;

namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>The two telemetry exports: a CSV with local times and a JSON Lines stream with epoch milliseconds.</summary>
internal static class VendorTelemetryFiles
{
    private const string Header = "ts,event_id,app_id,app_version,platform,device_id,sdk_version,event,patch_id,patch_version,patch_hash,app_state,user_initiated,install_mode,transport,tls_version,signature_present,signature_alg,error_code,os_version";

    public static void WriteCsv(string path, VendorWorld world, IEnumerable<VendorEvent> events)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        w.WriteLine(Header);
        foreach (var e in events)
        {
            var f = Fields(e);
            w.Write(VendorExport.Local(world.Calendar, e.At).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            foreach (var (_, value) in f)
            {
                w.Write(',');
                w.Write(value);
            }
            w.WriteLine();
        }
    }

    public static void WriteJsonl(string path, VendorWorld world, IEnumerable<VendorEvent> events)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        var offset = TimeSpan.FromHours(8);
        foreach (var e in events)
        {
            var ms = new DateTimeOffset(VendorExport.Local(world.Calendar, e.At), offset).ToUnixTimeMilliseconds();
            w.Write("{\"ts\":");
            w.Write(ms.ToString(CultureInfo.InvariantCulture));
            foreach (var (name, value) in Fields(e).Where(p => p.Value is not null))
            {
                w.Write(",\"" + name + "\":\"" + value + "\"");
            }
            w.WriteLine("}");
        }
    }

    private static (string Name, string? Value)[] Fields(VendorEvent e)
    {
        var patchEvent = e.Event is not ("launch" or "update_check" or "crash" or "rollback");
        var verify = e.Event.StartsWith("verify", StringComparison.Ordinal);
        return
        [
            ("event_id", e.Id), ("app_id", e.Version.App.Id), ("app_version", e.Version.Name), ("platform", e.Device.Platform),
            ("device_id", e.Device.Id), ("sdk_version", e.Device.Sdk), ("event", e.Event), ("patch_id", e.Patch?.Id),
            ("patch_version", e.Patch?.Number.ToString(CultureInfo.InvariantCulture)),
            ("patch_hash", e.Event == "download_complete" ? e.Patch?.Hash : null),
            ("app_state", patchEvent && !verify ? (e.Background ? "background" : "foreground") : null),
            ("user_initiated", patchEvent ? (e.UserInitiated ? "true" : "false") : null),
            ("install_mode", e.Event.StartsWith("apply", StringComparison.Ordinal) ? e.InstallMode : null),
            ("transport", e.Transport), ("tls_version", e.Transport == "https" ? "1.3" : null),
            ("signature_present", verify ? "true" : null), ("signature_alg", verify ? "ECDSA-P256-SHA256" : null),
            ("error_code", e.ErrorCode), ("os_version", e.Device.OsVersion),
        ];
    }
}
