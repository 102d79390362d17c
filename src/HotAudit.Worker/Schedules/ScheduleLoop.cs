using Microsoft.Extensions.Logging;

namespace HotAudit.Worker;

/// <summary>
/// Runs one schedule: waits (on the injected <see cref="TimeProvider"/>) for its next occurrence, runs it, records it as
/// the last completed one. At start, an occurrence missed while the worker was down runs once; on the very first start
/// nothing counts as missed. Runs of one schedule are sequential, so they never overlap.
/// </summary>
internal sealed class ScheduleLoop(ScheduleDefinition schedule, ScheduleStateStore state, IScheduledRunner runner, TimeProvider time, ILogger log)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var last = state.Read(schedule.Name) ?? FirstStart();
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var now = time.GetUtcNow();
            if (SchedulePlanner.Due(schedule, last, now) is { } due)
            {
                await RunOnceAsync(due, SchedulePlanner.Next(schedule, last) < due ? "catch-up" : "on time", ct);
                state.Write(schedule.Name, due);
                last = due;
                continue;
            }
            var next = SchedulePlanner.Next(schedule, last > now ? last : now);
            if (next == DateTimeOffset.MaxValue)
            {
                return;
            }
            var wait = Task.Delay(next - now, time, ct);
            WorkerLog.NextRun(log, schedule.Name, schedule.Local(next), schedule.Zone.Id);
            await wait;
        }
    }

    private DateTimeOffset FirstStart()
    {
        var now = time.GetUtcNow();
        state.Write(schedule.Name, now);
        return now;
    }

    private async Task RunOnceAsync(DateTimeOffset occurrence, string kind, CancellationToken ct)
    {
        WorkerLog.ScheduleRunning(log, schedule.Name, schedule.Local(occurrence), kind);
        try
        {
            await runner.RunAsync(schedule, occurrence, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            WorkerLog.ScheduleFailed(log, schedule.Name, schedule.Local(occurrence), e.Message);
        }
    }
}
