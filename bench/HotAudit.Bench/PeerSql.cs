namespace HotAudit.Bench;

/// <summary>
/// The three rules as a user would write them by hand in DuckDB, over the case's telemetry files as they are (CSV with
/// local +08:00 timestamps, JSON Lines with epoch milliseconds). Each query returns (subject, distinct devices).
/// </summary>
internal static class PeerSql
{
    /// <summary>One table of the rows the three rules read, with the instant as UTC epoch milliseconds.</summary>
    /// <summary>A DuckDB list of the globs that match files in the case folder (a glob matching nothing is an error there).</summary>
    private static string Files(string caseDir, params string[] globs) =>
        "[" + string.Join(", ", globs.Where(g => Directory.EnumerateFiles(caseDir, g).Any(f => !f.EndsWith(".gz", StringComparison.Ordinal) || g.EndsWith(".gz", StringComparison.Ordinal)))
            .Select(g => "'" + Path.Combine(caseDir, g).Replace("'", "''", StringComparison.Ordinal) + "'")) + "]";

    public static string Load(string caseDir)
    {
        var csv = Files(caseDir, "telemetry*.csv", "telemetry*.csv.gz");
        var json = Files(caseDir, "telemetry*.jsonl", "telemetry*.jsonl.gz");
        const string Columns = "app_id, app_version, device_id, event, patch_id, app_state, install_mode, user_initiated, transport";
        const string Wanted = "event IN ('apply_success', 'update_check', 'download_start')";
        return $$"""
            CREATE OR REPLACE TEMP TABLE t AS
            SELECT {{Columns}}, epoch_ms(CAST(ts AS TIMESTAMP)) - 8 * 3600 * 1000 AS ms
            FROM read_csv({{csv}}, header = true, all_varchar = true) WHERE {{Wanted}}
            UNION ALL
            SELECT {{Columns}}, ts AS ms
            FROM read_json({{json}}, format = 'newline_delimited', columns = {ts: 'BIGINT', app_id: 'VARCHAR', app_version: 'VARCHAR',
                device_id: 'VARCHAR', event: 'VARCHAR', patch_id: 'VARCHAR', app_state: 'VARCHAR', install_mode: 'VARCHAR',
                user_initiated: 'VARCHAR', transport: 'VARCHAR'}) WHERE {{Wanted}};
            """;
    }

    /// <summary>HU-SIL-01: apply_success in the background or silent, not user initiated (absent = false).</summary>
    public const string Silent = """
        SELECT concat_ws('|', coalesce(app_id, ''), coalesce(app_version, ''), coalesce(patch_id, '')) AS subject, count(DISTINCT device_id) AS n
        FROM t
        WHERE event = 'apply_success' AND (app_state = 'background' OR install_mode = 'silent') AND coalesce(user_initiated, 'false') <> 'true'
        GROUP BY ALL
        """;

    /// <summary>HU-TLS-01: update_check or download_start over http.</summary>
    public const string Http = """
        SELECT concat_ws('|', coalesce(app_id, ''), coalesce(app_version, '')) AS subject, count(DISTINCT device_id) AS n
        FROM t
        WHERE event IN ('update_check', 'download_start') AND transport = 'http'
        GROUP BY ALL
        """;

    /// <summary>
    /// HU-FRQ-03: a device with more than 3 apply_success within any 24 h window, closed at both ends. The fullest window
    /// can always be slid to start at an event, so counting from each event to 24 h after it (inclusive) finds it.
    /// </summary>
    public const string Frequent = """
        SELECT coalesce(app_id, '') AS subject, count(DISTINCT device_id) AS n
        FROM (
            SELECT app_id, device_id,
                   count(*) OVER (PARTITION BY app_id, device_id ORDER BY ms RANGE BETWEEN CURRENT ROW AND 86400000 FOLLOWING) AS applies
            FROM t WHERE event = 'apply_success')
        WHERE applies > 3
        GROUP BY ALL
        """;
}
