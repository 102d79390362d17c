namespace HotAudit.Ingestion.Tests;

/// <summary>Small telemetry and operation-log rows for tests.</summary>
internal static class Csv
{
    public static readonly string[] TelemetryColumns =
    [
        "ts", "event_id", "app_id", "app_version", "platform", "device_id", "event", "patch_id", "app_state", "transport",
        "user_initiated", "signature_present", "install_mode",
    ];

    public static readonly string[] OperationColumns =
        ["ts", "op_id", "operator", "action", "app_id", "app_version", "patch_id", "result", "distribution", "content"];

    public static string TelemetryHeader => string.Join(',', TelemetryColumns);

    public static string OperationsHeader => string.Join(',', OperationColumns);

    /// <summary>A valid download_start event, with some values replaced.</summary>
    public static string Telemetry(string id, params (string Column, string Value)[] overrides)
    {
        var values = new Dictionary<string, string>
        {
            ["ts"] = "2026-05-01 10:00:00", ["event_id"] = id, ["app_id"] = "com.acme.pay", ["app_version"] = "5.2.0",
            ["platform"] = "android", ["device_id"] = "dev-1", ["event"] = "download_start", ["patch_id"] = "p1",
            ["app_state"] = "foreground", ["transport"] = "https", ["user_initiated"] = "false",
            ["signature_present"] = "true", ["install_mode"] = "immediate",
        };
        foreach (var (column, value) in overrides)
        {
            values[column] = value;
        }
        return string.Join(',', TelemetryColumns.Select(c => values[c]));
    }

    /// <summary>A valid publish action, with some values replaced.</summary>
    public static string Operation(string id, params (string Column, string Value)[] overrides)
    {
        var values = new Dictionary<string, string>
        {
            ["ts"] = "2026-05-01 09:00:00", ["op_id"] = id, ["operator"] = "rel1", ["action"] = "publish",
            ["app_id"] = "com.acme.pay", ["app_version"] = "5.2.0", ["patch_id"] = "p1", ["result"] = "",
            ["distribution"] = "full", ["content"] = "fix",
        };
        foreach (var (column, value) in overrides)
        {
            values[column] = value;
        }
        return string.Join(',', OperationColumns.Select(c => values[c]));
    }

    /// <summary>Lines joined with LF and a final line break.</summary>
    public static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";
}
