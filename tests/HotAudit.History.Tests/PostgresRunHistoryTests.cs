using Npgsql;

namespace HotAudit.History.Tests;

/// <summary>The history in a real PostgreSQL server, each test class in a schema of its own (dropped afterwards).</summary>
public sealed class PostgresRunHistoryTests : RunHistoryContract, IDisposable
{
    private readonly string schema = "hotaudit_test_" + Guid.NewGuid().ToString("N");

    private static string Server => Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!;

    protected override async Task<IRunHistory> CreateAsync()
    {
        await using (var connection = new NpgsqlConnection(Server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS {schema}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var history = RunHistories.Open(new NpgsqlConnectionStringBuilder(Server) { SearchPath = schema }.ToString(), "unused");
        await history.EnsureCreatedAsync(default);
        await history.EnsureCreatedAsync(default);
        return history;
    }

    [PostgresFact]
    public Task RecordAsync_NewRun_ListsItWithCountsBySeverity_Postgres() => RecordAsync_NewRun_ListsItWithCountsBySeverity();

    [PostgresFact]
    public Task RecordAsync_SameRunKeyTwice_RecordsOnce_Postgres() => RecordAsync_SameRunKeyTwice_RecordsOnce();

    [PostgresFact]
    public Task LatestFindingsAsync_TwoRuns_ReturnsTheLatestRunsFindings_Postgres() => LatestFindingsAsync_TwoRuns_ReturnsTheLatestRunsFindings();


    [PostgresFact]
    public Task LatestFindingsAsync_SameNameFromTheOtherSource_IsNotTheBaseline_Postgres() => LatestFindingsAsync_SameNameFromTheOtherSource_IsNotTheBaseline();

    [PostgresFact]
    public Task ListAsync_SeveralCases_FiltersByCaseNewestFirst_Postgres() => ListAsync_SeveralCases_FiltersByCaseNewestFirst();

    public void Dispose()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)))
        {
            return;
        }
        try
        {
            using var connection = new NpgsqlConnection(Server);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
            drop.ExecuteNonQuery();
        }
        catch (NpgsqlException)
        {
            // The test itself reports an unreachable server; cleaning up after it must not hide that.
        }
    }
}
