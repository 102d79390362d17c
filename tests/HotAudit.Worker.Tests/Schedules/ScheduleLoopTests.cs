using System.Globalization;
using FluentAssertions;
using HotAudit.Worker;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static HotAudit.Worker.Tests.Schedules;

namespace HotAudit.Worker.Tests;

/// <summary>The schedule loop on a fake clock: nightly runs at the right local time across a DST change, one catch-up after downtime.</summary>
public sealed class ScheduleLoopTests : IDisposable
{
    private readonly string state = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "schedules-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task RunAsync_NightlyInBerlinAcrossSpringForward_FiresAtLocalTwoOrJustAfterTheGap()
    {
        // Given: a first start on Friday 2026-03-27, noon UTC; Berlin moves to summer time in the night of Sunday the 29th
        var time = new FakeTimeProvider(Utc(3, 27, 12));
        var runner = new RecordingRunner(time);
        var log = new NextRunLogger();
        using var stop = new CancellationTokenSource();
        var loop = new ScheduleLoop(Nightly("Europe/Berlin"), new ScheduleStateStore(state), runner, time, log).RunAsync(stop.Token);

        // When / Then: each night it waits for the right instant and fires exactly then, not a second earlier
        var expected = new[] { (Utc(3, 28, 1), "2026-03-28 02:00 +01:00"), (Utc(3, 29, 1), "2026-03-29 03:00 +02:00"), (Utc(3, 30, 0), "2026-03-30 02:00 +02:00") };
        foreach (var (instant, local) in expected)
        {
            var next = await log.NextWaitAsync();
            next.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture).Should().Be(local);
            time.Advance(instant - time.GetUtcNow() - TimeSpan.FromSeconds(1));
            time.Advance(TimeSpan.FromSeconds(1));
            (await runner.NextAsync()).Should().Be((instant, instant), "a run one second early would have been recorded at the earlier time");
        }
        runner.Count.Should().Be(3, "the first start catches up nothing");
        await StopAsync(stop, loop);
    }

    [Fact]
    public async Task RunAsync_RestartAfterThreeMissedNights_CatchesUpOnceThenWaits()
    {
        // Given: a worker that ran the night of 2026-03-30 and was then down until 2026-04-02 06:00 UTC
        var time = new FakeTimeProvider(Utc(3, 29, 12));
        var store = new ScheduleStateStore(state);
        var runner = new RecordingRunner(time);
        var log = new NextRunLogger();
        using (var first = new CancellationTokenSource())
        {
            var loop = new ScheduleLoop(Nightly("Europe/Berlin"), store, runner, time, log).RunAsync(first.Token);
            (await log.NextWaitAsync()).Should().Be(Utc(3, 30, 0));
            time.Advance(Utc(3, 30, 0) - time.GetUtcNow());
            await runner.NextAsync();
            await log.NextWaitAsync();
            await StopAsync(first, loop);
        }
        time.Advance(Utc(4, 2, 6) - time.GetUtcNow());

        // When: it starts again
        using var second = new CancellationTokenSource();
        var restarted = new ScheduleLoop(Nightly("Europe/Berlin"), store, runner, time, log).RunAsync(second.Token);

        // Then: the latest missed night runs once, at start, and the loop waits for the next night
        (await runner.NextAsync()).Should().Be((Utc(4, 2, 0), Utc(4, 2, 6)));
        (await log.NextWaitAsync()).Should().Be(Utc(4, 3, 0));
        runner.Count.Should().Be(2);
        store.Read("nightly").Should().Be(Utc(4, 2, 0));
        await StopAsync(second, restarted);
    }

    private static async Task StopAsync(CancellationTokenSource stop, Task loop)
    {
        await stop.CancelAsync();
        var stopping = async () => await loop;
        await stopping.Should().ThrowAsync<OperationCanceledException>();
    }

    public void Dispose()
    {
        if (Directory.Exists(state))
        {
            Directory.Delete(state, recursive: true);
        }
    }
}
