using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Worker;

/// <summary>An inbox case with nothing to assess is not a processed run: it goes to failed/ with the reason.</summary>
public sealed class EmptyInboxCaseTests : IDisposable
{
    private readonly WorkerFolders folders = new();
    private readonly CaseDirectory good = new CaseBuilder().Telemetry(new Device("com.a", "5.2.0", "d1").Denied(T0)).Build();

    [Fact]
    public async Task Worker_CaseHoldingOnlyReady_GoesToFailedWithWhatWasExpected()
    {
        // Given: a folder case with only its READY marker, then a good case
        var empty = Path.Combine(folders.Root, "staging");
        Directory.CreateDirectory(empty);
        File.WriteAllText(Path.Combine(empty, "READY"), "");
        Directory.Move(empty, Path.Combine(folders.Inbox, "a-empty"));
        folders.Drop(good.Path, "b-good");

        // When
        using var worker = WorkerProcess.Start(folders.Root, "--inbox", folders.Inbox);
        await WorkerFolders.WaitUntilAsync(() => folders.Drained && File.Exists(Path.Combine(folders.Reports, "b-good", "findings.json")),
            TimeSpan.FromSeconds(120), () => $"not drained; worker output:\n{worker.Output}");

        // Then
        Directory.Exists(Path.Combine(folders.Failed, "a-empty")).Should().BeTrue(worker.Output);
        File.ReadAllText(Path.Combine(folders.Failed, "a-empty.error.txt")).Should().Contain("nothing to assess");
        Directory.Exists(Path.Combine(folders.Reports, "a-empty")).Should().BeFalse();
    }

    public void Dispose()
    {
        folders.Dispose();
        good.Dispose();
    }
}
