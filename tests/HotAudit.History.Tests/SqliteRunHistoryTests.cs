using Xunit;

namespace HotAudit.History.Tests;

/// <summary>The history in SQLite, a file in a temporary state folder.</summary>
public sealed class SqliteRunHistoryTests : RunHistoryContract, IDisposable
{
    private readonly string state = Path.Combine(Path.GetTempPath(), "hotaudit-history-tests", Guid.NewGuid().ToString("N"));

    protected override async Task<IRunHistory> CreateAsync()
    {
        var history = RunHistories.Open("sqlite", state);
        await history.EnsureCreatedAsync(default);
        await history.EnsureCreatedAsync(default);
        return history;
    }

    [Fact]
    public Task RecordAsync_NewRun_ListsItWithCountsBySeverity_Sqlite() => RecordAsync_NewRun_ListsItWithCountsBySeverity();

    [Fact]
    public Task RecordAsync_SameRunKeyTwice_RecordsOnce_Sqlite() => RecordAsync_SameRunKeyTwice_RecordsOnce();

    [Fact]
    public Task LatestFindingsAsync_TwoRuns_ReturnsTheLatestRunsFindings_Sqlite() => LatestFindingsAsync_TwoRuns_ReturnsTheLatestRunsFindings();


    [Fact]
    public Task LatestFindingsAsync_SameNameFromTheOtherSource_IsNotTheBaseline_Sqlite() => LatestFindingsAsync_SameNameFromTheOtherSource_IsNotTheBaseline();

    [Fact]
    public Task ListAsync_SeveralCases_FiltersByCaseNewestFirst_Sqlite() => ListAsync_SeveralCases_FiltersByCaseNewestFirst();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(state))
        {
            Directory.Delete(state, recursive: true);
        }
    }
}
