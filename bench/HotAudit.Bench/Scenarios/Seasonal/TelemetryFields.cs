namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>A telemetry row's contract fields (all but <c>ts</c>), null where the event does not carry one.</summary>
internal sealed class TelemetryFields(SeasonalWorld world)
{
    public static readonly string[] Columns =
    [
        "event_id", "app_id", "app_version", "platform", "device_id", "sdk_version", "event", "patch_id", "patch_version",
        "patch_hash", "app_state", "user_initiated", "install_mode", "transport", "tls_version", "signature_present",
        "signature_alg", "error_code", "os_version",
    ];

    /// <summary>Indexes of the columns written as JSON numbers or booleans.</summary>
    public static readonly int[] Typed = [8, 11, 15];

    public string?[] Of(TelemetryRow row)
    {
        var app = world.Apps[row.App];
        var version = app.Versions[row.Version];
        var patch = row.Patch >= 0 ? version.Patches[row.Patch] : null;
        var (platform, os, tls) = DeviceTraits.Of(app, row.Device);
        var e = row.Event;
        var transfer = e is TelemetryEvent.DownloadStart or TelemetryEvent.DownloadComplete or TelemetryEvent.DownloadFailed;
        var apply = e is TelemetryEvent.ApplyStart or TelemetryEvent.ApplySuccess or TelemetryEvent.ApplyFailed;
        var verify = e is TelemetryEvent.VerifyPassed or TelemetryEvent.VerifyFailed;
        var network = transfer || e == TelemetryEvent.UpdateCheck;
        var http = row.Flags.HasFlag(RowFlags.Http);
        return
        [
            $"ev{world.Seed:x}-{row.Serial:x7}", app.Id, version.Name, platform, app.DeviceId(row.Device), app.SdkVersion,
            DeviceTraits.Event(e), patch?.Id, transfer || apply || verify ? DeviceTraits.Number(patch!.Number) : null,
            e is TelemetryEvent.DownloadComplete or TelemetryEvent.ApplySuccess ? patch!.Hash : null,
            transfer || apply ? (row.Flags.HasFlag(RowFlags.Background) ? "background" : "foreground") : null,
            transfer || apply ? (row.Flags.HasFlag(RowFlags.UserInitiated) ? "true" : "false") : null,
            apply ? InstallMode(row.Flags) : null,
            network ? (http ? "http" : "https") : null,
            network && !http ? tls : null,
            verify || e == TelemetryEvent.ApplySuccess ? "true" : null,
            verify ? "RSA-SHA256" : null,
            TelemetryRows.ErrorCodes[row.Error],
            os,
        ];
    }

    private static string InstallMode(RowFlags flags) =>
        flags.HasFlag(RowFlags.Silent) ? "silent"
        : flags.HasFlag(RowFlags.OnNextSuspend) ? "on_next_suspend"
        : flags.HasFlag(RowFlags.OnNextRestart) ? "on_next_restart"
        : "immediate";
}
