using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using HotAudit.Worker.Tests;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Worker;

/// <summary>The real worker against entries an attacker or a careless sender could put in the inbox: each one is rejected, the next case is still done.</summary>
public sealed class HostileInboxTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly WorkerFolders folders = new();
    private readonly CaseDirectory good = new CaseBuilder().Telemetry(new Device("com.a", "5.2.0", "d1").Denied(T0)).Build();

    private WorkerProcess StartWorker() => WorkerProcess.Start(folders.Root, "--inbox", folders.Inbox);

    private async Task DrainedAndGoodCaseReportedAsync(WorkerProcess worker, string goodCase)
    {
        await WorkerFolders.WaitUntilAsync(() => folders.Drained && File.Exists(Path.Combine(folders.Reports, goodCase, "findings.json")), Patience,
            () => $"not drained, or {goodCase} not reported; worker output:\n{worker.Output}");
        await Task.Delay(1000);
    }

    private string[] ErrorFiles() => [.. Directory.GetFiles(folders.Failed, "*.error.txt").Select(File.ReadAllText)];

    [Fact]
    public async Task Worker_250CharacterNameBeforeAGoodCase_RejectsTheNameAndReportsTheNextCase()
    {
        // Given: a folder case whose name the journal's file name could not hold, then a good case
        var staging = Path.Combine(folders.Root, "staging");
        Directory.CreateDirectory(staging);
        foreach (var file in Directory.GetFiles(good.Path))
        {
            File.Copy(file, Path.Combine(staging, Path.GetFileName(file)));
        }
        File.WriteAllText(Path.Combine(staging, "READY"), "");
        Directory.Move(staging, Path.Combine(folders.Inbox, "a" + new string('x', 249)));
        folders.Drop(good.Path, "b-good");

        // When
        using var worker = StartWorker();
        await DrainedAndGoodCaseReportedAsync(worker, "b-good");

        // Then: the long entry went to failed/ under a short name with its reason; the worker still runs
        ErrorFiles().Should().ContainSingle().Which.Should().Contain("longer than 120 bytes");
        Directory.GetDirectories(folders.Failed).Should().ContainSingle().Which.Length.Should().BeLessThan(folders.Failed.Length + 100);
        worker.Output.Should().NotContain("will retry");
        (await worker.WaitForExitAsync(TimeSpan.Zero)).Should().BeFalse("the worker keeps running");
    }

    [Fact]
    public async Task Worker_ZipsThatCannotBeExtracted_AreRejectedOnceAndTheNextCaseIsReported()
    {
        // Given: a zip with a duplicated entry, one with both 'keys' and 'keys/a.pem', and a good case after them
        ZipFiles.Write(Path.Combine(folders.Root, "a-dup.part"), ("telemetry.csv", "x"), ("telemetry.csv", "y"));
        File.Move(Path.Combine(folders.Root, "a-dup.part"), Path.Combine(folders.Inbox, "a-dup.zip"));
        ZipFiles.Write(Path.Combine(folders.Root, "a-keys.part"), ("keys", "file"), ("keys/a.pem", "pem"));
        File.Move(Path.Combine(folders.Root, "a-keys.part"), Path.Combine(folders.Inbox, "a-keys.zip"));
        folders.DropZip(good.Path, "b-good.zip");

        // When
        using var worker = StartWorker();
        await DrainedAndGoodCaseReportedAsync(worker, "b-good");

        // Then
        File.ReadAllText(Path.Combine(folders.Failed, "a-dup.zip.error.txt")).Should().Contain("extract to the same path");
        File.ReadAllText(Path.Combine(folders.Failed, "a-keys.zip.error.txt")).Should().Contain("entry 'keys/a.pem' needs a folder where entry 'keys' is a file");
        worker.Output.Should().NotContain("will retry");
        (await worker.WaitForExitAsync(TimeSpan.Zero)).Should().BeFalse();
    }

    [Fact]
    public async Task Worker_FolderCaseWithASymbolicLink_IsRejectedNamingTheLink()
    {
        // Given: a case whose telemetry is a link to a file outside it
        var secret = Path.Combine(folders.Root, "secret.csv");
        File.Copy(Directory.GetFiles(good.Path, "telemetry*")[0], secret);
        var staging = Path.Combine(folders.Root, "staging");
        Directory.CreateDirectory(staging);
        File.CreateSymbolicLink(Path.Combine(staging, "telemetry.csv"), secret);
        File.WriteAllText(Path.Combine(staging, "READY"), "");
        Directory.Move(staging, Path.Combine(folders.Inbox, "a-linked"));
        folders.Drop(good.Path, "b-good");

        // When
        using var worker = StartWorker();
        await DrainedAndGoodCaseReportedAsync(worker, "b-good");

        // Then
        File.ReadAllText(Path.Combine(folders.Failed, "a-linked.error.txt")).Should().Contain("'telemetry.csv' is a symbolic link");
        Directory.Exists(Path.Combine(folders.Reports, "a-linked")).Should().BeFalse();
    }

    [Fact]
    public async Task Worker_NameWithControlCharacters_IsRejectedAndLoggedEscaped()
    {
        // Given
        folders.Drop(good.Path, "a-evil\n2026-01-01 fake line\u001b[2J");
        folders.Drop(good.Path, "b-good");

        // When
        using var worker = StartWorker();
        await DrainedAndGoodCaseReportedAsync(worker, "b-good");

        // Then
        worker.Output.Should().Contain("a-evil\\u000A2026-01-01 fake line\\u001B[2J").And.NotContain("\u001b");
        ErrorFiles().Should().ContainSingle().Which.Should().Contain("control or format characters");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Worker_StateFiles_AreReadableByTheWorkersUserOnly()
    {
        // Given
        folders.Drop(good.Path, "b-good");

        // When
        using var worker = StartWorker();
        await DrainedAndGoodCaseReportedAsync(worker, "b-good");

        // Then
        File.GetUnixFileMode(folders.State).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.GetUnixFileMode(Path.Combine(folders.State, "history.db")).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        foreach (var kept in Directory.GetFiles(Path.Combine(folders.State, "models"), "*", SearchOption.AllDirectories))
        {
            File.GetUnixFileMode(kept).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite, kept);
        }
    }

    [Fact]
    public async Task Worker_InboxFolderRemovedWhileRunning_ExitsNonZeroForTheSupervisor()
    {
        // Given
        using var worker = StartWorker();
        await WorkerFolders.WaitUntilAsync(() => worker.Output.Contains("Worker started", StringComparison.Ordinal), Patience, () => worker.Output);

        // When: the inbox disappears under the running worker
        Directory.Move(folders.Inbox, folders.Inbox + "-gone");

        // Then
        (await worker.WaitForExitAsync(TimeSpan.FromSeconds(60))).Should().BeTrue(worker.Output);
        worker.ExitCode.Should().Be(3, worker.Output);
        worker.Output.Should().Contain("stopped by a failure");
    }

    public void Dispose()
    {
        good.Dispose();
        folders.Dispose();
    }
}
