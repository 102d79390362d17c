using FluentAssertions;
using HotAudit.Anomalies.Memory;
using HotAudit.Cli.Tests.Support;
using HotAudit.History;
using HotAudit.Worker;
using HotAudit.Worker.Tests;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Worker;

/// <summary>The anomaly monitor's kept days: written under state/models/schedule/&lt;schedule&gt;/ after a run, read by the next one.</summary>
public sealed class KeptMonitorTests : IDisposable
{
    private readonly WorkerFolders folders = new();
    private readonly RecordingLogger<CaseAssessor> log = new();

    private string KeptFile(string app) => Path.Combine(folders.State, "models", "schedule", "nightly", app + ".zip");

    private static CaseDirectory OneDayOf(string app, DateTimeOffset day) =>
        new CaseBuilder().Telemetry(new Device(app, "5.2.0", "d1").Denied(day), new Device(app, "5.2.0", "d1").DownloadStart("p1", day.AddMinutes(1))).Build();

    private async Task RunNightAsync(CaseDirectory caseDir, int night)
    {
        var paths = WorkerPaths.From(new WorkerSettings { Inbox = folders.Inbox });
        paths.Create();
        var history = RunHistories.Open("sqlite", paths.State);
        await history.EnsureCreatedAsync(default);
        var occurrence = Schedules.Utc(6, 1 + night, 1);
        var settings = Options.Create(new WorkerSettings { Inbox = folders.Inbox, Formats = "json" });
        var assessor = new CaseAssessor(history, Services.For(new FakeTimeProvider(occurrence)), new CaseLocks(), settings, log);
        var runner = new ScheduledCaseRunner(paths, assessor, NullLogger<ScheduledCaseRunner>.Instance);
        var schedule = ScheduleDefinition.From(new ScheduleSettings { Name = "nightly", Cron = "0 2 * * *", TimeZone = "Europe/Berlin", Case = caseDir.Path });
        await runner.RunAsync(schedule, occurrence, default);
    }

    private MonitorMemory ReadKept(string app)
    {
        using var stream = File.OpenRead(KeptFile(app));
        return MonitorMemory.Read(stream);
    }

    [Fact]
    public async Task RunAsync_SecondNightOfACase_KeepsTheFirstNightsDaysWithTonights()
    {
        // Given: the first night's case holds one day of com.a
        using var first = OneDayOf("com.a", T0);
        await RunNightAsync(first, 0);
        ReadKept("com.a").Count.Should().Be(1);

        // When: the second night's case holds only the next day
        using var second = OneDayOf("com.a", Days(1));
        await RunNightAsync(second, 1);

        // Then: the kept file holds both days, read back and extended
        ReadKept("com.a").Count.Should().Be(2);
        log.Lines.Should().Contain(l => l.Message.Contains("1 kept monitor day(s) of 1 app(s)", StringComparison.Ordinal));
        Directory.GetFiles(Path.GetDirectoryName(KeptFile("com.a"))!).Should().ContainSingle("the temporary file is renamed onto the kept one");
    }

    [Fact]
    public async Task RunAsync_CorruptKeptFile_IsIgnoredWithALogLineAndReplaced()
    {
        // Given
        Directory.CreateDirectory(Path.GetDirectoryName(KeptFile("com.a"))!);
        await File.WriteAllTextAsync(KeptFile("com.a"), "not a zip");
        using var caseDir = OneDayOf("com.a", T0);

        // When
        await RunNightAsync(caseDir, 0);

        // Then: the run is reported, the file says why it was ignored, and the kept file is whole again
        File.Exists(Path.Combine(folders.Reports, "schedules", "2026-06-01", "nightly", "findings.json")).Should().BeTrue();
        log.Lines.Should().Contain(l => l.Level == LogLevel.Warning && l.Message.Contains("com.a.zip ignored", StringComparison.Ordinal));
        ReadKept("com.a").Count.Should().Be(1);
    }

    [Fact]
    public async Task RunAsync_KeptDaysWhereAnEarlierVersionKeptThem_AreAdoptedByTheSchedule()
    {
        // Given: the first night's days moved back to the old place, state/models/nightly/
        using var first = OneDayOf("com.a", T0);
        await RunNightAsync(first, 0);
        Directory.Move(Path.GetDirectoryName(KeptFile("com.a"))!, Path.Combine(folders.State, "models", "nightly"));

        // When
        using var second = OneDayOf("com.a", Days(1));
        await RunNightAsync(second, 1);

        // Then
        ReadKept("com.a").Count.Should().Be(2);
        Directory.Exists(Path.Combine(folders.State, "models", "nightly")).Should().BeFalse();
    }

    [Theory]
    [InlineData("com.acme.shop", "com.acme.shop")]
    [InlineData("../x", "%2E.%2Fx")]
    [InlineData("a b%", "a%20b%25")]
    public void FileName_AppId_IsOneSafePathSegment(string appId, string expected) =>
        KeptMonitorStore.FileName(appId).Should().Be(expected);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folders.Dispose();
    }
}
