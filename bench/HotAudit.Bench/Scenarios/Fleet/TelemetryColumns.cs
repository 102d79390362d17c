using System.Globalization;

namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// The telemetry columns and each event's values: the fields the data contract requires per event kind, and the
/// optional ones the SDK fills (TLS on https, signature on verifications, attrs on checks and downloads).
/// </summary>
internal sealed class TelemetryColumns(FleetWorld world, IReadOnlyList<FleetDevice> devices, PatchNaming patches)
{
    /// <summary>The columns after <c>ts</c> and <c>event_id</c>.</summary>
    public static readonly string[] Canonical =
    [
        "app_id", "app_version", "platform", "device_id", "sdk_version", "event", "patch_id", "patch_version",
        "patch_hash", "app_state", "user_initiated", "install_mode", "transport", "tls_version", "signature_present",
        "signature_alg", "error_code", "os_version", "attrs",
    ];

    public static readonly string[] Chinese =
    [
        "应用ID", "应用版本", "平台", "设备ID", "SDK版本", "事件", "补丁ID", "补丁版本", "补丁哈希", "前后台", "用户触发",
        "安装方式", "传输协议", "TLS版本", "有签名", "签名算法", "错误码", "系统版本", "属性",
    ];

    /// <summary>Values in <see cref="Canonical"/> order; null = absent.</summary>
    public string?[] Values(FleetEvent e)
    {
        var version = world.Versions[e.Version];
        var app = world.AppOf(version);
        var device = devices[e.Device];
        var patchEvent = e.IsDownload || e.IsApply || e.IsVerify;
        var stateEvent = e.IsDownload || e.IsApply;
        var transportEvent = e.IsDownload || e.Event == "update_check";
        return
        [
            app.AppId, version.Name, device.Platform, device.Id, patches.Sdk(e.Version), e.Event,
            e.Patch > 0 ? patches.Id(e.Version, e.Patch) : null,
            patchEvent ? e.Patch.ToString(CultureInfo.InvariantCulture) : null,
            (e.IsVerify || e.IsApply) && e.Patch > 0 ? patches.Hash(e.Version, e.Patch) : null,
            stateEvent ? (e.Background ? "background" : "foreground") : e.Event == "launch" ? "foreground" : null,
            stateEvent ? (e.UserInitiated && !e.Background ? "true" : "false") : null,
            e.IsApply ? (e.Background ? "silent" : app.Profile.InstallMode) : null,
            transportEvent ? (e.Http ? "http" : "https") : null,
            transportEvent && !e.Http ? (device.Os.Length > 2 ? "1.3" : "1.2") : null,
            e.IsVerify ? "true" : null,
            e.IsVerify ? app.SignatureAlg : null,
            e.Error, device.Os,
            e.Event is "update_check" or "download_start" ? device.Attrs : null,
        ];
    }
}
