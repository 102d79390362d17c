using FluentAssertions;
using HotAudit.Core.Rules;

namespace HotAudit.History.Tests;

/// <summary>What every history store does, run against SQLite and PostgreSQL alike.</summary>
public abstract class RunHistoryContract
{
    /// <summary>A fresh, empty history.</summary>
    protected abstract Task<IRunHistory> CreateAsync();

    protected static string UniqueCase(string name) => $"{name}-{Guid.NewGuid():N}";

    protected async Task RecordAsync_NewRun_ListsItWithCountsBySeverity()
    {
        var history = await CreateAsync();
        var name = UniqueCase("case");
        (await history.RecordAsync(Some.Run(name, Guid.NewGuid().ToString("N"), 0,
            Some.Finding("HU-SIL-01", "a", Severity.Critical, "new"), Some.Finding("HU-FRQ-03", "a", Severity.Medium, "unchanged")), default)).Should().BeTrue();

        var runs = await history.ListAsync(name, default);

        var run = runs.Should().ContainSingle().Subject;
        run.Case.Should().Be(name);
        run.Severities.Should().Be(new SeverityCounts(1, 0, 1, 0, 0));
        (run.New, run.Unchanged, run.Resolved).Should().Be((1, 1, 0));
        run.StartedAt.Should().Be(Some.T0);
        run.Overall.Should().Be("nonconformant");
        run.TesterCode.Should().Be("T1");
        run.InputsSha256.Should().HaveLength(64);
    }

    protected async Task RecordAsync_SameRunKeyTwice_RecordsOnce()
    {
        var history = await CreateAsync();
        var name = UniqueCase("case");
        var key = Guid.NewGuid().ToString("N");
        (await history.RecordAsync(Some.Run(name, key, 0, Some.Finding("HU-SIL-01", "a")), default)).Should().BeTrue();

        var again = await history.RecordAsync(Some.Run(name, key, 1, Some.Finding("HU-SIL-01", "a")), default);

        again.Should().BeFalse();
        (await history.ListAsync(name, default)).Should().ContainSingle();
        (await history.ContainsAsync(key, default)).Should().BeTrue();
    }

    protected async Task LatestFindingsAsync_TwoRuns_ReturnsTheLatestRunsFindings()
    {
        var history = await CreateAsync();
        var name = UniqueCase("case");
        await history.RecordAsync(Some.Run(name, Guid.NewGuid().ToString("N"), 0, Some.Finding("HU-SIL-01", "old")), default);
        var latest = Some.Finding("HU-CON-02", "new", Severity.Critical);
        await history.RecordAsync(Some.Run(name, Guid.NewGuid().ToString("N"), 24, latest), default);

        var findings = await history.LatestFindingsAsync(name, "inbox", default);

        findings.Should().ContainSingle().Which.Should().BeEquivalentTo(latest.ToPrevious());
        (await history.LatestFindingsAsync(UniqueCase("never-run"), "inbox", default)).Should().BeNull();
    }

    protected async Task LatestFindingsAsync_SameNameFromTheOtherSource_IsNotTheBaseline()
    {
        var history = await CreateAsync();
        var name = UniqueCase("nightly");
        var scheduled = Some.Finding("HU-SIL-01", "scheduled");
        await history.RecordAsync(Some.Run(name, Guid.NewGuid().ToString("N"), 0, scheduled) with { Source = "schedule" }, default);
        await history.RecordAsync(Some.Run(name, Guid.NewGuid().ToString("N"), 24, Some.Finding("HU-CON-02", "from the inbox")), default);

        var baseline = await history.LatestFindingsAsync(name, "schedule", default);

        baseline.Should().ContainSingle().Which.Should().BeEquivalentTo(scheduled.ToPrevious());
    }

    protected async Task ListAsync_SeveralCases_FiltersByCaseNewestFirst()
    {
        var history = await CreateAsync();
        var a = UniqueCase("a");
        var b = UniqueCase("b");
        await history.RecordAsync(Some.Run(a, Guid.NewGuid().ToString("N"), 0), default);
        await history.RecordAsync(Some.Run(b, Guid.NewGuid().ToString("N"), 1), default);
        await history.RecordAsync(Some.Run(a, Guid.NewGuid().ToString("N"), 2), default);

        var runsOfA = await history.ListAsync(a, default);
        var all = await history.ListAsync(null, default);

        runsOfA.Select(r => r.StartedAt).Should().Equal(Some.T0.AddHours(2), Some.T0);
        all.Select(r => r.Case).Should().ContainInOrder(a, b, a);
    }
}
