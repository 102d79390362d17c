namespace HotAudit.History;

/// <summary>The history's SQL, the same for SQLite and PostgreSQL but for the identity column.</summary>
internal static class HistorySql
{
    public static string Schema(SqlDialect dialect) => $"""
        {dialect.Preamble}
        CREATE TABLE IF NOT EXISTS hotaudit_runs (
            {dialect.IdentityColumn},
            run_key TEXT NOT NULL UNIQUE,
            case_name TEXT NOT NULL,
            source TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            inputs_sha256 TEXT NOT NULL,
            overall TEXT NOT NULL,
            tester_code TEXT NOT NULL,
            critical BIGINT NOT NULL, high BIGINT NOT NULL, medium BIGINT NOT NULL, low BIGINT NOT NULL, info BIGINT NOT NULL,
            new_findings BIGINT NOT NULL, unchanged_findings BIGINT NOT NULL, resolved_findings BIGINT NOT NULL,
            report_dir TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS hotaudit_runs_case ON hotaudit_runs (case_name, id);
        CREATE TABLE IF NOT EXISTS hotaudit_run_findings (
            run_id BIGINT NOT NULL REFERENCES hotaudit_runs (id),
            finding_id TEXT NOT NULL,
            rule_id TEXT NOT NULL,
            subject TEXT NOT NULL,
            count BIGINT NOT NULL,
            severity TEXT NOT NULL,
            basis TEXT NOT NULL,
            clauses TEXT NOT NULL,
            title_zh TEXT NOT NULL,
            title_en TEXT NOT NULL,
            first_seen BIGINT NOT NULL,
            last_seen BIGINT NOT NULL,
            change TEXT NOT NULL,
            PRIMARY KEY (run_id, finding_id));
        """;

    public const string InsertRun = """
        INSERT INTO hotaudit_runs (run_key, case_name, source, started_at, finished_at, inputs_sha256, overall, tester_code,
            critical, high, medium, low, info, new_findings, unchanged_findings, resolved_findings, report_dir)
        VALUES (@run_key, @case_name, @source, @started_at, @finished_at, @inputs_sha256, @overall, @tester_code,
            @critical, @high, @medium, @low, @info, @new_findings, @unchanged_findings, @resolved_findings, @report_dir)
        RETURNING id
        """;

    public const string InsertFinding = """
        INSERT INTO hotaudit_run_findings (run_id, finding_id, rule_id, subject, count, severity, basis, clauses, title_zh,
            title_en, first_seen, last_seen, change)
        VALUES (@run_id, @finding_id, @rule_id, @subject, @count, @severity, @basis, @clauses, @title_zh, @title_en,
            @first_seen, @last_seen, @change)
        """;

    public const string ContainsRun = "SELECT COUNT(*) FROM hotaudit_runs WHERE run_key = @run_key";

    public const string LatestRun = "SELECT id FROM hotaudit_runs WHERE case_name = @case_name AND source = @source ORDER BY id DESC LIMIT 1";

    public const string FindingsOfRun = """
        SELECT finding_id, rule_id, subject, count, severity, basis, clauses, title_zh, title_en, first_seen, last_seen
        FROM hotaudit_run_findings WHERE run_id = @run_id ORDER BY finding_id
        """;

    public static string ListRuns(bool oneCase) => $"""
        SELECT id, case_name, source, started_at, finished_at, inputs_sha256, overall, tester_code, critical, high, medium, low, info,
            new_findings, unchanged_findings, resolved_findings, report_dir
        FROM hotaudit_runs {(oneCase ? "WHERE case_name = @case_name " : "")}ORDER BY id DESC
        """;
}
