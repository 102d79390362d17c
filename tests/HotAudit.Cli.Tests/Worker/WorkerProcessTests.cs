using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using HotAudit.Worker.Tests;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Worker;

/// <summary>The real worker process on a temporary inbox: exactly-once processing across SIGKILL, SIGTERM, hostile zips, history.</summary>
public sealed class WorkerProcessTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly WorkerFolders folders = new();

    private static CaseDirectory DeniedThenDownloaded(params string[] appIds) =>
        new CaseBuilder().Telemetry(appIds.SelectMany(app =>
        {
            var d = new Device(app, "5.2.0", "d1");
            return new[] { d.Denied(T0), d.DownloadStart("p1", T0.AddMinutes(1)) };
        })).Build();

    private WorkerProcess StartWorker() => WorkerProcess.Start(folders.Root, "--inbox", folders.Inbox);

    private Task DrainedAsync(WorkerProcess worker) =>
        WorkerFolders.WaitUntilAsync(() => folders.Drained, Patience, () => $"the inbox was not drained; worker output:\n{worker.Output}");

    private async Task<int> ClaimedBigCaseAsync(WorkerProcess worker)
    {
        BigCase.Write(Path.Combine(folders.Root, "big-source"), rows: 400_000);
        folders.Drop(Path.Combine(folders.Root, "big-source"), "a-big");
        await WorkerFolders.WaitUntilAsync(() => File.Exists(folders.Journal("a-big")), Patience, () => worker.Output);
        await Task.Delay(500);
        return Directory.Exists(Path.Combine(folders.Reports, "a-big")) ? 1 : 0;
    }

    [Fact]
    public async Task Worker_KilledMidAssessmentAndRestarted_ReportsEveryCaseExactlyOnce()
    {
        // Given: a big case first in name order, a small folder case and a zipped case
        using var small = DeniedThenDownloaded("com.a");
        using var zipped = DeniedThenDownloaded("com.z");
        folders.Drop(small.Path, "b-small");
        folders.DropZip(zipped.Path, "c-zip.zip");
        var first = StartWorker();

        // When: SIGKILL while the big case is being assessed, then a restart
        (await ClaimedBigCaseAsync(first)).Should().Be(0, "the kill must land before the big case's report exists");
        first.Kill();
        File.ReadAllText(folders.Journal("a-big")).Should().Contain("Claimed");
        using var second = StartWorker();
        await DrainedAsync(second);
        await second.TerminateAsync(TimeSpan.FromSeconds(5));

        // Then: every case reported, moved once, and recorded once
        foreach (var name in new[] { "a-big", "b-small", "c-zip" })
        {
            File.Exists(Path.Combine(folders.Reports, name, "findings.json")).Should().BeTrue($"{name} must be reported; output:\n{first.Output}\n{second.Output}");
        }
        Directory.GetFileSystemEntries(folders.Processed).Select(Path.GetFileName).Should().BeEquivalentTo("a-big", "b-small", "c-zip.zip");
        Directory.Exists(folders.Failed).Should().BeTrue();
        Directory.GetFileSystemEntries(folders.Failed).Should().BeEmpty();
        Directory.GetDirectories(folders.Reports).Select(Path.GetFileName).Should().BeEquivalentTo("a-big", "b-small", "c-zip");
        second.Output.Should().Contain("Resuming a-big at stage Claimed");
        var history = await HistoryAsync();
        history.Where(l => l.Contains("\tinbox\t", StringComparison.Ordinal)).Select(l => l.Split('\t')[1])
            .Should().BeEquivalentTo("a-big", "b-small", "c-zip");
        first.Dispose();
    }

    [Fact]
    public async Task Worker_SigtermMidAssessment_StopsWithinFiveSecondsAndRedoesTheCaseLater()
    {
        // Given
        var first = StartWorker();
        (await ClaimedBigCaseAsync(first)).Should().Be(0);

        // When
        var took = await first.TerminateAsync(TimeSpan.FromSeconds(5));

        // Then: a clean, quick stop with no report and the claim kept; the next start does the case
        took.Should().BeLessThan(TimeSpan.FromSeconds(5));
        first.ExitCode.Should().Be(0, first.Output);
        Directory.Exists(Path.Combine(folders.Reports, "a-big")).Should().BeFalse();
        File.Exists(folders.Journal("a-big")).Should().BeTrue();
        using var second = StartWorker();
        await DrainedAsync(second);
        await second.TerminateAsync(TimeSpan.FromSeconds(5));
        File.Exists(Path.Combine(folders.Reports, "a-big", "findings.json")).Should().BeTrue();
        Directory.GetDirectories(folders.Reports).Select(Path.GetFileName).Should().Equal("a-big");
        (await HistoryAsync()).Count(l => l.Contains("\ta-big\t", StringComparison.Ordinal)).Should().Be(1);
        first.Dispose();
    }

    [Fact]
    public async Task Worker_ZipWithTraversalEntry_MovedToFailedWithAnErrorFile()
    {
        // Given
        ZipFiles.Write(Path.Combine(folders.Root, "evil.part"), ("telemetry.csv", "ts\n"), ("../evil", "pwned"));
        File.Move(Path.Combine(folders.Root, "evil.part"), Path.Combine(folders.Inbox, "evil.zip"));
        using var good = DeniedThenDownloaded("com.a");
        folders.Drop(good.Path, "good");

        // When
        using var worker = StartWorker();
        await DrainedAsync(worker);
        await worker.TerminateAsync(TimeSpan.FromSeconds(5));

        // Then
        File.Exists(Path.Combine(folders.Failed, "evil.zip")).Should().BeTrue();
        File.ReadAllText(Path.Combine(folders.Failed, "evil.zip.error.txt")).Should().Contain("'../evil' points outside the case");
        File.Exists(Path.Combine(folders.State, "work", "evil")).Should().BeFalse();
        Directory.EnumerateFiles(folders.Root, "evil", SearchOption.AllDirectories).Should().BeEmpty();
        Directory.Exists(Path.Combine(folders.Reports, "evil")).Should().BeFalse();
        File.Exists(Path.Combine(folders.Reports, "good", "findings.json")).Should().BeTrue();
    }

    [Fact]
    public async Task Worker_SameCaseTwice_SecondReportSaysNewUnchangedResolvedFromHistory()
    {
        // Given: a first delivery with violations in com.a and com.b, a second where com.b is fixed and com.c is new
        using var before = DeniedThenDownloaded("com.a", "com.b");
        using var after = DeniedThenDownloaded("com.a", "com.c");
        using var worker = StartWorker();
        folders.Drop(before.Path, "acme");
        await DrainedAsync(worker);

        // When
        folders.Drop(after.Path, "acme");
        await DrainedAsync(worker);
        await worker.TerminateAsync(TimeSpan.FromSeconds(5));

        // Then
        var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folders.Reports, "acme", "findings.json"))).RootElement;
        var changes = json.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule_id").GetString() == "HU-CON-02")
            .ToDictionary(f => f.GetProperty("subject").GetProperty("app_id").GetString()!, f => f.GetProperty("change").GetString());
        changes.Should().Equal(new Dictionary<string, string?> { ["com.a"] = "unchanged", ["com.c"] = "new" });
        json.GetProperty("resolved").EnumerateArray().Where(f => f.GetProperty("rule_id").GetString() == "HU-CON-02")
            .Should().ContainSingle().Which.GetProperty("subject").GetProperty("app_id").GetString().Should().Be("com.b");
        var runs = (await HistoryAsync("acme")).Where(l => l.Contains("\tacme\t", StringComparison.Ordinal)).ToList();
        runs.Should().HaveCount(2);
        Directory.GetDirectories(folders.Processed).Should().HaveCount(2, "the second delivery of a name gets a suffixed folder");
    }

    [Fact]
    public async Task Worker_NoInbox_ExitsTwoNamingTheSetting()
    {
        using var worker = WorkerProcess.Start(folders.Root);

        (await worker.WaitForExitAsync(TimeSpan.FromSeconds(60))).Should().BeTrue();

        worker.ExitCode.Should().Be(2);
        worker.Output.Should().Contain("hotaudit: worker: Worker:Inbox is required");
    }

    /// <summary>The lines of <c>hotaudit history [CASE] --state ...</c>, run in-process.</summary>
    private async Task<IReadOnlyList<string>> HistoryAsync(params string[] caseName)
    {
        using var console = new ConsoleCapture();
        var exit = await Program.Main(["history", .. caseName, "--state", folders.State]);
        exit.Should().Be(0, console.Error);
        return console.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folders.Dispose();
    }
}
