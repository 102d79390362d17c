using System.Data.Common;
using System.Globalization;
using HotAudit.Core.Findings;

namespace HotAudit.History;

/// <summary>The run history in a SQL database (SQLite or PostgreSQL), through plain ADO.NET.</summary>
internal sealed class SqlRunHistory(Func<DbConnection> connect, SqlDialect dialect) : IRunHistory
{
    public async Task EnsureCreatedAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = DbCommands.Create(connection, HistorySql.Schema(dialect), null);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<bool> RecordAsync(RunRecord run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var connection = await OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        if (await ContainsAsync(connection, tx, run.RunKey, ct))
        {
            return false;
        }
        long id;
        await using (var insert = DbCommands.Create(connection, HistorySql.InsertRun, tx, RunParameters(run)))
        {
            id = Convert.ToInt64(await insert.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        foreach (var f in run.Findings)
        {
            await using var insert = DbCommands.Create(connection, HistorySql.InsertFinding, tx, FindingParameters(id, f));
            await insert.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<bool> ContainsAsync(string runKey, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await ContainsAsync(connection, null, runKey, ct);
    }

    public async Task<IReadOnlyList<PreviousFinding>?> LatestFindingsAsync(string caseName, string source, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var latest = DbCommands.Create(connection, HistorySql.LatestRun, null, ("case_name", caseName), ("source", source));
        if (await latest.ExecuteScalarAsync(ct) is not { } found || found is DBNull)
        {
            return null;
        }
        var runId = Convert.ToInt64(found, CultureInfo.InvariantCulture);
        await using var command = DbCommands.Create(connection, HistorySql.FindingsOfRun, null, ("run_id", runId));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var findings = new List<PreviousFinding>();
        while (await reader.ReadAsync(ct))
        {
            findings.Add(HistoryRows.Finding(reader));
        }
        return findings;
    }

    public async Task<IReadOnlyList<RunSummary>> ListAsync(string? caseName, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = caseName is null
            ? DbCommands.Create(connection, HistorySql.ListRuns(oneCase: false), null)
            : DbCommands.Create(connection, HistorySql.ListRuns(oneCase: true), null, ("case_name", caseName));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var runs = new List<RunSummary>();
        while (await reader.ReadAsync(ct))
        {
            runs.Add(HistoryRows.Summary(reader));
        }
        return runs;
    }

    private static async Task<bool> ContainsAsync(DbConnection connection, DbTransaction? tx, string runKey, CancellationToken ct)
    {
        await using var command = DbCommands.Create(connection, HistorySql.ContainsRun, tx, ("run_key", runKey));
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) > 0;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = connect();
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static (string, object)[] RunParameters(RunRecord run)
    {
        var s = SeverityCounts.Of(run.Findings);
        return
        [
            ("run_key", run.RunKey), ("case_name", run.Case), ("source", run.Source),
            ("started_at", HistoryRows.Time(run.StartedAt)), ("finished_at", HistoryRows.Time(run.FinishedAt)),
            ("inputs_sha256", run.InputsSha256), ("overall", run.Overall), ("tester_code", run.TesterCode),
            ("critical", (long)s.Critical), ("high", (long)s.High), ("medium", (long)s.Medium), ("low", (long)s.Low), ("info", (long)s.Info),
            ("new_findings", (long)run.Findings.Count(f => f.Change == "new")),
            ("unchanged_findings", (long)run.Findings.Count(f => f.Change == "unchanged")),
            ("resolved_findings", (long)run.Resolved), ("report_dir", run.ReportDirectory),
        ];
    }

    private static (string, object)[] FindingParameters(long runId, RunFinding f) =>
    [
        ("run_id", runId), ("finding_id", f.Id), ("rule_id", f.RuleId), ("subject", SubjectJson.Write(f.Subject)), ("count", f.Count),
        ("severity", f.Severity.ToString().ToLowerInvariant()), ("basis", f.Basis.ToString()), ("clauses", SubjectJson.WriteList(f.Clauses)),
        ("title_zh", f.Title.Zh), ("title_en", f.Title.En), ("first_seen", f.FirstSeen), ("last_seen", f.LastSeen), ("change", f.Change),
    ];
}
