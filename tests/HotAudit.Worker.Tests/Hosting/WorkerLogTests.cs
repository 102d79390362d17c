using FluentAssertions;
using HotAudit.Worker;
using Xunit;

namespace HotAudit.Worker.Tests;

/// <summary>Times in the worker's log lines are ISO 8601 with the schedule's offset, never the invariant culture's 12/06/2026.</summary>
public sealed class WorkerLogTests
{
    private static readonly DateTimeOffset Occurrence = new(2026, 12, 6, 2, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void NextRun_LocalTime_IsoWithOffset()
    {
        var log = new RecordingLogger<WorkerLogTests>();

        WorkerLog.NextRun(log, "nightly", Occurrence, "Asia/Shanghai");

        log.Lines.Single().Message.Should().Be("Schedule nightly: next run at 2026-12-06T02:00:00+08:00 (Asia/Shanghai)");
    }

    [Fact]
    public void ScheduleRunningAndFailed_LocalTime_IsoWithOffset()
    {
        var log = new RecordingLogger<WorkerLogTests>();

        WorkerLog.ScheduleRunning(log, "nightly", Occurrence, "on time");
        WorkerLog.ScheduleFailed(log, "nightly", Occurrence, "disk full");

        log.Lines.Select(l => l.Message).Should().Equal(
            "Schedule nightly: running the occurrence of 2026-12-06T02:00:00+08:00 (on time)",
            "Schedule nightly: the run of 2026-12-06T02:00:00+08:00 failed: disk full");
    }
}
