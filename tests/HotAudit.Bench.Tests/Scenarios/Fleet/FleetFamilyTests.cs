using FluentAssertions;
using HotAudit.Bench.Scenarios;
using HotAudit.Bench.Scenarios.Fleet;
using Xunit;

namespace HotAudit.Bench.Tests.Scenarios.Fleet;

/// <summary>
/// The benchmark trusts the fleet family's truth: the same seed gives the same case, every kind is injected at its
/// strengths, each strength is what the exports show on that day, and the controls are what they say they are.
/// </summary>
public sealed class FleetFamilyTests
{
    private static readonly FleetCase Case = new(seed: 5);

    [Fact]
    public void Write_SameSeedTwice_SameBytes()
    {
        // Given: the shared case of seed 5, and a second writing of it
        using var again = new FleetCase(seed: 5);

        // Then: every file is byte for byte the same, and so is the truth
        var names = Directory.GetFiles(Case.Dir).Select(Path.GetFileName).Order().ToList();
        Directory.GetFiles(again.Dir).Select(Path.GetFileName).Order().Should().Equal(names);
        foreach (var name in names)
            File.ReadAllBytes(Path.Combine(again.Dir, name!)).Should().Equal(File.ReadAllBytes(Path.Combine(Case.Dir, name!)), name);
        again.Truth.Anomalies.Should().Equal(Case.Truth.Anomalies);
        again.Truth.Controls.Should().Equal(Case.Truth.Controls);
    }

    [Fact]
    public void Write_AnotherSeed_AnotherFleet()
    {
        using var other = new FleetCase(seed: 6);

        other.Truth.Anomalies.Select(a => (a.AppId, a.Day)).Should().NotEqual(Case.Truth.Anomalies.Select(a => (a.AppId, a.Day)));
    }

    [Fact]
    public void Write_OneSeed_EveryKindAtEveryStrength()
    {
        // Then: counts at their exact strengths, shares and rates at or just over their targets
        Case.Truth.Anomalies.Select(a => a.Kind).Distinct().Should().BeEquivalentTo(AnomalyKinds.All);
        Strengths(AnomalyKinds.PublishBurst).Should().Equal(2, 3, 4, 5, 6);
        Strengths(AnomalyKinds.RollbackBurst).Should().Equal(2, 3, 4);
        Strengths(AnomalyKinds.OperatorBurst).Should().Equal(3, 4, 6);
        foreach (var group in StrengthPlan.Telemetry.GroupBy(t => t.Kind))
        {
            var targets = group.Select(t => t.Target).Order().ToList();
            var measured = Strengths(group.Key);
            measured.Should().HaveCount(targets.Count, group.Key);
            var tolerance = group.Key == AnomalyKinds.ApplyRateSpike ? 0.15 : 0.03;
            measured.Zip(targets).Should().OnlyContain(p => p.First >= p.Second - 0.001 && p.First <= p.Second + tolerance, group.Key);
        }
    }

    [Fact]
    public void Write_OperationAnomalies_StrengthIsTheDaysCountInBothExports()
    {
        // Given: the operation log of both exports, each op id once, by (app, app version, case day)
        var byVector = Case.OperationsByVector();

        // Then: publishes, rollbacks (set_active, deactivate) and distinct operators of the day equal the strength,
        // and an operator burst's people are not on the app's team that day's log otherwise shows
        foreach (var a in Case.Truth.Anomalies.Where(a => AnomalyKinds.Unit(a.Kind) == "count"))
        {
            var rows = byVector[(a.AppId, a.AppVersion, a.Day)].ToList();
            var measure = a.Kind switch
            {
                AnomalyKinds.PublishBurst => rows.Count(r => r["action"] == "publish"),
                AnomalyKinds.RollbackBurst => rows.Count(r => r["action"] is "set_active" or "deactivate"),
                _ => rows.Select(r => r["operator"]).Distinct().Count(),
            };
            measure.Should().Be((int)a.Strength, $"{a.Kind} on {a.AppId} {a.AppVersion} {a.Day}");
        }
    }

    [Fact]
    public void Write_TelemetryAnomalies_StrengthIsWhatTheExportsShow()
    {
        // Given: the five exports read back, each event id once, the bad rows left out
        var byVector = Case.TelemetryByVector();

        // Then: each share and rate, measured on the rows at +08:00, is the truth's strength
        foreach (var a in Case.Truth.Anomalies.Where(a => AnomalyKinds.Unit(a.Kind) != "count"))
        {
            var day = byVector[(a.AppId, a.AppVersion, a.Day)].ToList();
            var applies = day.Where(r => r.Fields["event"] == "apply_success").ToList();
            var active = day.Select(r => r.Fields["device_id"]).Distinct().Count();
            double Share(Func<TelemetryRow, bool> part, Func<TelemetryRow, bool> whole) => (double)day.Count(r => whole(r) && part(r)) / day.Count(whole);
            var measure = a.Kind switch
            {
                AnomalyKinds.HttpDowngrade => Share(r => r.Fields["transport"] == "http", r => r.Fields["event"] == "update_check"),
                AnomalyKinds.VerifyFailedSpike => Share(r => r.Fields["event"] == "verify_failed", r => r.Fields["event"].StartsWith("verify_", StringComparison.Ordinal)),
                AnomalyKinds.FailureSpike => (double)day.Where(r => r.Fields["event"] is "apply_failed" or "rollback" or "crash").Select(r => r.Fields["device_id"]).Distinct().Count() / active,
                AnomalyKinds.NightApplies => (double)applies.Count(r => r.Local!.Value.Hour < 6) / applies.Count,
                AnomalyKinds.SilentBackground => (double)applies.Count(r => r.Fields["app_state"] == "background" && r.Fields["install_mode"] == "silent" && r.Fields["user_initiated"] == "false") / applies.Count,
                _ => (double)applies.Count / active,
            };
            measure.Should().BeApproximately(a.Strength, 1e-9, $"{a.Kind} on {a.AppId} {a.AppVersion} {a.Day}");
        }
    }

    [Fact]
    public void Write_Controls_EveryKindNoneUnderAnAnomaly()
    {
        var anomalies = Case.Truth.Anomalies.Select(a => (a.AppId, a.AppVersion, a.Day)).ToHashSet();

        Case.Truth.Controls.Should().NotContain(c => anomalies.Contains(ValueTuple.Create(c.AppId, c.AppVersion, c.Day)));
        Case.Truth.Controls.Select(c => c.Kind).Distinct().Should().Contain(AnomalyKinds.Controls)
            .And.Contain([FleetKinds.FixOfFix, FleetKinds.StagedWidening]);
    }

    [Fact]
    public void Write_FixOfFixAndSingleRollbackControls_AreWhatTheLogShows()
    {
        var byVector = Case.OperationsByVector();

        foreach (var c in Case.Truth.Controls.Where(c => c.Kind is FleetKinds.FixOfFix or FleetKinds.SingleRollback))
        {
            var rows = byVector[(c.AppId, c.AppVersion, c.Day)].ToList();
            if (c.Kind == FleetKinds.FixOfFix)
            {
                rows.Count(r => r["action"] == "publish").Should().Be(2, $"{c.AppId} {c.AppVersion} {c.Day}");
                rows.Count(r => r["action"] == "approve").Should().Be(2);
            }
            else
                rows.Count(r => r["action"] is "set_active" or "deactivate").Should().Be(1, $"{c.AppId} {c.AppVersion} {c.Day}");
        }
    }

    [Fact]
    public void Write_OrdinaryDays_AtMostTwoPublishesOneRollbackAndTheTeamsPeople()
    {
        // Given: every (app, version, day) of the operation log that is not an injected anomaly
        var injected = Case.Truth.Anomalies.Select(a => (a.AppId, a.AppVersion, a.Day)).ToHashSet();
        var ordinary = Case.OperationsByVector().Where(g => !injected.Contains(g.Key)).ToList();

        // Then: a fix-of-fix day is the most publishes, a single rollback the most rollbacks, and six people the most (two chains)
        ordinary.Should().NotBeEmpty();
        ordinary.Max(g => g.Count(r => r["action"] == "publish")).Should().Be(2);
        ordinary.Max(g => g.Count(r => r["action"] is "set_active" or "deactivate")).Should().BeLessThanOrEqualTo(1);
        ordinary.Max(g => g.Select(r => r["operator"]).Distinct().Count()).Should().BeLessThanOrEqualTo(6);
        var twice = ordinary.Where(g => g.Count(r => r["action"] == "publish") == 2).Select(g => g.Key).ToHashSet();
        var fixes = Case.Truth.Controls.Where(c => c.Kind == FleetKinds.FixOfFix).Select(c => (c.AppId, c.AppVersion, c.Day));
        twice.Should().BeEquivalentTo(fixes);
    }

    [Fact]
    public void Write_OperationBursts_EachOnItsOwnQuietVersion()
    {
        var bursts = Case.Truth.Anomalies.Where(a => AnomalyKinds.Unit(a.Kind) == "count").ToList();

        bursts.Select(a => (a.AppId, a.AppVersion)).Should().OnlyHaveUniqueItems();
    }

    private static List<double> Strengths(string kind) =>
        Case.Truth.Anomalies.Where(a => a.Kind == kind).Select(a => a.Strength).Order().ToList();
}
