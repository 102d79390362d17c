using System.Globalization;

namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// The telemetry columns and each event's values: required fields per event kind as the data contract says (patch on
/// download/verify/apply, app state on download/apply, transport on check/download), the optional ones a real SDK fills.
/// </summary>
internal sealed class TelemetryColumns(OperatorWorld world, IReadOnlyList<DeviceState> devices, PatchFacts patches)
{
    public static readonly string[] Canonical =
    [
        "ts", "event_id", "app_id", "app_version", "platform", "device_id", "sdk_version", "event", "patch_id",
        "patch_version", "patch_hash", "app_state", "user_initiated", "install_mode", "transport", "tls_version",
        "signature_present", "signature_alg", "error_code", "os_version",
    ];

    public static readonly string[] Chinese =
    [
        "时间", "事件ID", "应用ID", "应用版本", "平台", "设备ID", "SDK版本", "事件", "补丁ID", "补丁版本", "补丁哈希", "前后台",
        "用户触发", "安装方式", "传输协议", "TLS版本", "有签名", "签名算法", "错误码", "系统版本",
    ];

    /// <summary>Values after ts and event_id, in column order; null = absent. Booleans are "true"/"false".</summary>
    public string?[] Values(SimEvent e)
    {
        var version = world.Versions[e.Version];
        var app = world.AppOf(version);
        var device = devices[e.Device];
        var patchEvent = e.IsDownload || e.IsApply || e.Event.StartsWith("verify_", StringComparison.Ordinal);
        var stateEvent = e.IsDownload || e.IsApply;
        var transportEvent = e.IsDownload || e.Event == "update_check";
        return
        [
            app.AppId, version.Name, device.Platform, device.Id, app.SdkVersion, e.Event,
            e.Patch > 0 ? patches.Id(e.Version, e.Patch) : null,
            patchEvent ? e.Patch.ToString(CultureInfo.InvariantCulture) : null,
            patchEvent && !e.IsDownload ? patches.Hash(e.Version, e.Patch) : null,
            stateEvent ? (e.Background ? "background" : "foreground") : e.Event == "launch" ? "foreground" : null,
            stateEvent || e.Event is "consent_granted" or "consent_denied" ? Bool(e.UserInitiated || !stateEvent) : null,
            e.InstallMode,
            transportEvent ? (e.Http ? "http" : "https") : null,
            transportEvent && !e.Http ? "1.3" : null,
            e.Event.StartsWith("verify_", StringComparison.Ordinal) ? "true" : null,
            e.Event.StartsWith("verify_", StringComparison.Ordinal) ? app.SignatureAlg : null,
            e.ErrorCode, device.OsVersion,
        ];
    }

    private static string Bool(bool value) => value ? "true" : "false";
}
