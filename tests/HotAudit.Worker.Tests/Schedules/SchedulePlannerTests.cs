using FluentAssertions;
using HotAudit.Worker;
using Xunit;
using static HotAudit.Worker.Tests.Schedules;

namespace HotAudit.Worker.Tests;

/// <summary>When a nightly schedule is due, across daylight-saving changes and after downtime.</summary>
public sealed class SchedulePlannerTests
{
    [Fact]
    public void Next_BerlinSpringForward_RunsAtThreeWhenTwoDoesNotExist()
    {
        // Given: Berlin skips 02:00-03:00 on 2026-03-29
        var schedule = Nightly("Europe/Berlin");

        // When
        var nights = new[] { Utc(3, 27, 12), Utc(3, 28, 12), Utc(3, 29, 12) }.Select(t => SchedulePlanner.Next(schedule, t)).ToList();

        // Then: 02:00 CET, then the first instant after the gap (03:00 CEST), then 02:00 CEST
        nights.Should().Equal(Utc(3, 28, 1), Utc(3, 29, 1), Utc(3, 30, 0));
        nights.Select(n => schedule.Local(n).ToString("HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal("02:00 +01:00", "03:00 +02:00", "02:00 +02:00");
    }

    [Fact]
    public void Next_BerlinFallBack_RunsOnceInTheRepeatedHour()
    {
        // Given: Berlin lives 02:00-03:00 twice on 2026-10-25
        var schedule = Nightly("Europe/Berlin");

        // When
        var nights = new[] { Utc(10, 24, 12), Utc(10, 25, 0), Utc(10, 25, 12) }.Select(t => SchedulePlanner.Next(schedule, t)).ToList();

        // Then: 02:00 CEST on the 25th (00:00 UTC) and not again at 02:00 CET an hour later
        nights.Should().Equal(Utc(10, 25, 0), Utc(10, 26, 1), Utc(10, 26, 1));
    }

    [Fact]
    public void Next_NewYorkFallBack_FollowsTheOffset()
    {
        var schedule = Nightly("America/New_York");

        var nights = new[] { Utc(10, 30, 12), Utc(10, 31, 12), Utc(11, 1, 12) }.Select(t => SchedulePlanner.Next(schedule, t)).ToList();

        nights.Should().Equal(Utc(10, 31, 6), Utc(11, 1, 7), Utc(11, 2, 7));
    }

    [Fact]
    public void Due_ThreeNightsMissed_ReturnsOnlyTheLatest()
    {
        var schedule = Nightly("Europe/Berlin");

        var due = SchedulePlanner.Due(schedule, last: Utc(6, 1, 0), now: Utc(6, 4, 12));

        due.Should().Be(Utc(6, 4, 0));
    }

    [Fact]
    public void Due_NothingSinceLast_ReturnsNull()
    {
        var schedule = Nightly("Europe/Berlin");

        SchedulePlanner.Due(schedule, last: Utc(6, 1, 0), now: Utc(6, 1, 23)).Should().BeNull();
    }
}
