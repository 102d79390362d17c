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

/// <summary>Inbox cases and schedules keep apart: an inbox case named like a schedule's date or name reaches none of its folders.</summary>
public sealed class WorkerNamespaceTests : IDisposable
{
    private readonly WorkerFolders folders = new();
    private readonly RecordingLogger<CaseAssessor> log = new();

    [Fact]
    public async Task ProcessAsync_InboxCasesNamedLikeASchedule_LeaveItsReportsBaselineAndKeptDaysAlone()
    {
        // Given: the schedule 'nightly' ran on 2026-06-01
        using var caseDir = new CaseBuilder().Telemetry(new Device("com.a", "5.2.0", "d1").Denied(T0), new Device("com.a", "5.2.0", "d1").DownloadStart("p1", T0.AddMinutes(1))).Build();
        var paths = WorkerPaths.From(new WorkerSettings { Inbox = folders.Inbox });
        paths.Create();
        var history = RunHistories.Open("sqlite", paths.State);
        await history.EnsureCreatedAsync(default);
        var time = new FakeTimeProvider(Schedules.Utc(6, 1, 1));
        var settings = Options.Create(new WorkerSettings { Inbox = folders.Inbox, Formats = "json" });
        var assessor = new CaseAssessor(history, Services.For(time), new CaseLocks(), settings, log);
        var schedule = ScheduleDefinition.From(new ScheduleSettings { Name = "nightly", Cron = "0 2 * * *", TimeZone = "Europe/Berlin", Case = caseDir.Path });
        await new ScheduledCaseRunner(paths, assessor, NullLogger<ScheduledCaseRunner>.Instance).RunAsync(schedule, Schedules.Utc(6, 1, 1), default);
        var scheduleReport = Path.Combine(folders.Reports, "schedules", "2026-06-01", "nightly", "findings.json");
        var reportBefore = await File.ReadAllBytesAsync(scheduleReport);
        var keptFolder = Path.Combine(folders.State, "models", "schedule", "nightly");
        var keptBefore = Directory.GetFiles(keptFolder).Select(File.ReadAllBytes).ToList();

        // When: the inbox delivers cases named like the schedule's date, like the schedule, and like its report folder
        using var other = new CaseBuilder().Telemetry(new Device("com.b", "1.0.0", "d9").Denied(T0)).Build();
        foreach (var name in new[] { "2026-06-01", "nightly", "schedules" })
        {
            folders.Drop(other.Path, name);
        }
        await new InboxProcessor(paths, assessor, settings, time, NullLogger<InboxProcessor>.Instance).ProcessAsync(default);

        // Then: the schedule's report, kept days and baseline are untouched; the inbox cases have their own
        (await File.ReadAllBytesAsync(scheduleReport)).Should().Equal(reportBefore);
        Directory.GetFiles(keptFolder).Select(File.ReadAllBytes).Should().BeEquivalentTo(keptBefore);
        File.Exists(Path.Combine(folders.Reports, "2026-06-01", "findings.json")).Should().BeTrue();
        File.Exists(Path.Combine(folders.Reports, "nightly", "findings.json")).Should().BeTrue();
        Directory.Exists(Path.Combine(folders.State, "models", "inbox", "nightly")).Should().BeTrue();
        log.Lines.Should().Contain(l => l.Message.Contains("Assessing nightly (inbox)", StringComparison.Ordinal) && l.Message.EndsWith("previous run: False", StringComparison.Ordinal));
        File.ReadAllText(Path.Combine(folders.Failed, "schedules" + InputMover.ErrorSuffix)).Should().Contain("reserved");
        (await history.LatestFindingsAsync("nightly", "schedule", default)).Should().NotBeNull();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folders.Dispose();
    }
}
