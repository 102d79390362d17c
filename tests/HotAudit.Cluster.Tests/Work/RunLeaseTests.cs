using FluentAssertions;
using HotAudit.Cluster.Work;
using Xunit;

namespace HotAudit.Cluster.Tests.Work;

/// <summary>One coordinator at a time works on a run: a second one waits for the first, or takes over when it died.</summary>
public sealed class RunLeaseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "lease-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AcquireAsync_WhileAnotherCoordinatorHoldsIt_WaitsAndAnswersNullOnceTheRunFinished()
    {
        using var first = await RunLease.AcquireAsync(_folder, "run-1", TimeProvider.System, () => false, CancellationToken.None);
        var finished = false;

        var second = Task.Run(() => RunLease.AcquireAsync(_folder, "run-1", TimeProvider.System, () => Volatile.Read(ref finished), CancellationToken.None));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var waitedWhileHeld = !second.IsCompleted;
        Volatile.Write(ref finished, true);

        first.Should().NotBeNull();
        waitedWhileHeld.Should().BeTrue();
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Should().BeNull();
    }

    [Fact]
    public async Task AcquireAsync_NoLease_TakenAtOnceWithoutWaiting()
    {
        // A clock whose timers never fire: a coordinator that waited (the write-wait-check) would never get the lease.
        var acquiring = RunLease.AcquireAsync(_folder, "run-1", new StoppedClock(), () => false, CancellationToken.None);

        acquiring.IsCompletedSuccessfully.Should().BeTrue("a free lease is created exclusively, with nothing to wait for");
        using var lease = await acquiring;
        lease.Should().NotBeNull();
        File.ReadAllText(Path.Combine(_folder, ".hotaudit-cluster-lease")).Should().StartWith("run-1 ");
    }

    [Fact]
    public async Task AcquireAsync_LeaseOfADeadCoordinator_TakenOver()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, ".hotaudit-cluster-lease");
        File.WriteAllText(path, "run-1 elsewhere/1/dead");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-1));

        using var lease = await RunLease.AcquireAsync(_folder, "run-1", TimeProvider.System, () => false, CancellationToken.None);

        lease.Should().NotBeNull();
        File.ReadAllText(path).Should().StartWith("run-1 ").And.NotContain("dead");
    }

    private sealed class StoppedClock : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new Never();

        private sealed class Never : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, true);
        }
    }
}
