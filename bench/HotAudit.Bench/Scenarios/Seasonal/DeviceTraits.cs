using System.Globalization;

namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>A device's platform, OS version and TLS version, fixed by its id (no random stream needed).</summary>
internal static class DeviceTraits
{
    private static readonly string[] Android = ["10", "11", "12", "13", "14", "15"];
    private static readonly string[] Ios = ["15.8", "16.7", "17.5", "17.6", "18.1", "18.3"];
    private static readonly string[] Harmony = ["4.2", "5.0"];

    public static (string Platform, string Os, string Tls) Of(SimApp app, int device)
    {
        var bits = Digests.Mix((ulong)app.Number + 1_000, (ulong)device);
        var u = (bits & 0xFFFF) / 65536.0;
        var pick = (int)((bits >> 16) & 0xFF);
        var tls = ((bits >> 24) & 0xFFFF) / 65536.0 < app.Rates.Tls12 ? "1.2" : "1.3";
        return u < app.AndroidShare ? ("android", Android[pick % Android.Length], tls)
            : u < app.AndroidShare + app.HarmonyShare ? ("harmony", Harmony[pick % Harmony.Length], tls)
            : ("ios", Ios[pick % Ios.Length], tls);
    }

    public static string Event(TelemetryEvent kind) => kind switch
    {
        TelemetryEvent.ConsentPrompt => "consent_prompt",
        TelemetryEvent.ConsentGranted => "consent_granted",
        TelemetryEvent.ConsentDenied => "consent_denied",
        TelemetryEvent.UpdateCheck => "update_check",
        TelemetryEvent.DownloadStart => "download_start",
        TelemetryEvent.DownloadComplete => "download_complete",
        TelemetryEvent.DownloadFailed => "download_failed",
        TelemetryEvent.VerifyPassed => "verify_passed",
        TelemetryEvent.VerifyFailed => "verify_failed",
        TelemetryEvent.ApplyStart => "apply_start",
        TelemetryEvent.ApplySuccess => "apply_success",
        TelemetryEvent.ApplyFailed => "apply_failed",
        TelemetryEvent.Crash => "crash",
        _ => "launch",
    };

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
