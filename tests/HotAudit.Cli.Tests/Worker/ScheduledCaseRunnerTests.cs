using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using HotAudit.History;
using HotAudit.Worker;
using HotAudit.Worker.Tests;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Worker;

/// <summary>A scheduled occurrence assessed for real: reports under reports/schedules/&lt;local date&gt;/&lt;schedule&gt;/, recorded once.</summary>
public sealed class ScheduledCaseRunnerTests : IDisposable
{
    private readonly WorkerFolders folders = new();

    [Fact]
    public async Task RunAsync_NightlyOccurrence_ReportsUnderTheLocalDateAndRecordsTheRunOnce()
    {
        // Given: the 2026-03-29 night in Berlin (03:00 CEST = 01:00 UTC) of a schedule over a case folder
        using var caseDir = new CaseBuilder().Telemetry(new Device("com.a", "5.2.0", "d1").Denied(T0), new Device("com.a", "5.2.0", "d1").DownloadStart("p1", T0.AddMinutes(1))).Build();
        var paths = WorkerPaths.From(new WorkerSettings { Inbox = folders.Inbox });
        paths.Create();
        var history = RunHistories.Open("sqlite", paths.State);
        await history.EnsureCreatedAsync(default);
        var time = new FakeTimeProvider(Schedules.Utc(3, 29, 1));
        var settings = Options.Create(new WorkerSettings { Inbox = folders.Inbox, Formats = "json" });
        var assessor = new CaseAssessor(history, Services.For(time), new CaseLocks(), settings, NullLogger<CaseAssessor>.Instance);
        var runner = new ScheduledCaseRunner(paths, assessor, NullLogger<ScheduledCaseRunner>.Instance);
        var schedule = ScheduleDefinition.From(new ScheduleSettings { Name = "nightly", Cron = "0 2 * * *", TimeZone = "Europe/Berlin", Case = caseDir.Path });

        // When: the occurrence runs, and runs again (as after a crash before its completion was noted)
        await runner.RunAsync(schedule, Schedules.Utc(3, 29, 1), default);
        await runner.RunAsync(schedule, Schedules.Utc(3, 29, 1), default);

        // Then
        File.Exists(Path.Combine(folders.Reports, "schedules", "2026-03-29", "nightly", "findings.json")).Should().BeTrue();
        var runs = await history.ListAsync("nightly", default);
        runs.Should().ContainSingle().Which.Source.Should().Be("schedule");
        runs[0].InputsSha256.Should().HaveLength(64);
        (await history.LatestFindingsAsync("nightly", "schedule", default)).Should().NotBeEmpty();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folders.Dispose();
    }
}
