namespace HotAudit.Ingestion.Tests;

/// <summary>A small CodePush-shaped mapping and rows, shared by the mapping tests.</summary>
internal static class MappingCase
{
    public const string Yaml = """
        name: cp-test
        telemetry:
          columns:
            timestamp: ts
            deploymentKey: app_id
            appVersion: app_version
            clientUniqueId: device_id
            client_unique_id: device_id
            label: [patch_id, patch_version]
            status: event
            appState: app_state
          values:
            event: {DeploymentSucceeded: apply_success, Downloaded: download_complete}
          defaults:
            transport: https
            app_state: foreground
        """;

    public const string Header = "timestamp,deploymentKey,appVersion,clientUniqueId,label,status,appState";

    /// <summary>Three rows: a lower-case status, a download without app state, and a status the mapping forgot.</summary>
    public static readonly string[] Rows =
    [
        "2026-10-01 10:00:00,dk1,2.3.0,dev1,7,deploymentsucceeded,background",
        "2026-10-01 09:00:00,dk1,2.3.0,dev1,7,Downloaded,",
        "2026-10-01 11:00:00,dk1,2.3.0,dev2,7,DeploymentPending,",
    ];

    public static string Csv => string.Join('\n', [Header, .. Rows]) + "\n";

    public static string Jsonl => string.Join('\n', Rows.Select(r =>
    {
        var names = Header.Split(',');
        var values = r.Split(',');
        var pairs = names.Zip(values).Where(p => p.Second.Length > 0).Select(p => $"\"{p.First}\":\"{p.Second}\"");
        return "{" + string.Join(',', pairs) + "}";
    })) + "\n";
}
