using FluentAssertions;
using HotAudit.Bench.Scenarios;
using HotAudit.Bench.Scenarios.Seasonal;
using Xunit;

namespace HotAudit.Bench.Tests.Scenarios.Seasonal;

public sealed class PlanInjectorTests
{
    private static readonly long Day = new DateTime(2026, 5, 1).Ticks;

    private static List<DevicePlan> Plans(int count, int atNight) => Enumerable.Range(0, count).Select(i => new DevicePlan
    {
        Device = i,
        FirstReport = false,
        Denied = false,
        Current = 1,
        Stale = true,
        Sessions = [Day + TimeSpan.FromHours(i < atNight ? 3 : 14).Ticks],
        First = new ChainFlags(),
    }).ToList();

    private static int Night(List<DevicePlan> plans) => plans.Count(p => new DateTime(p.Sessions[0]).Hour < 6);

    [Fact]
    public void Apply_NightShareAlreadyHalfTheTarget_RefusesTheDayInsteadOfLabellingItsOwnTraffic()
    {
        // Given: 100 devices about to update, 8 of them at night, and a 10 % night-applies anomaly to place
        var plans = Plans(100, atNight: 8);

        // When
        var placed = new PlanInjector(new Random(1)).Apply(new TelemetryInjection(AnomalyKinds.NightApplies, 0.10, 0), plans, steadyToday: true, settled: true, usualRate: 0.5);

        // Then: moving 2 devices would label a day of ordinary traffic as an anomaly
        placed.Should().BeFalse();
        Night(plans).Should().Be(8);
    }

    [Fact]
    public void Apply_QuietNight_MovesDevicesToTheTarget()
    {
        // Given: 100 devices about to update, 2 of them at night
        var plans = Plans(100, atNight: 2);

        // When
        var placed = new PlanInjector(new Random(1)).Apply(new TelemetryInjection(AnomalyKinds.NightApplies, 0.10, 0), plans, steadyToday: true, settled: true, usualRate: 0.5);

        // Then
        placed.Should().BeTrue();
        Night(plans).Should().Be(10);
    }
}
