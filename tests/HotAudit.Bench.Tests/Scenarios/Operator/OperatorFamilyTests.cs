using FluentAssertions;
using HotAudit.Bench.Scenarios;
using HotAudit.Bench.Scenarios.Operator;
using Xunit;

namespace HotAudit.Bench.Tests.Scenarios.Operator;

/// <summary>
/// The benchmark trusts a family's truth: the same seed must give the same case, every kind must be there at every
/// strength, a strength must be what the case really shows on that day, and no anomaly may sit on a control.
/// </summary>
public sealed class OperatorFamilyTests
{
    private static readonly WrittenCase Case = new(seed: 7);

    [Fact]
    public void Write_SameSeedTwice_SameBytes()
    {
        // Given: the shared case of seed 7, and a second writing of it
        using var again = new WrittenCase(seed: 7);

        // Then: every file is byte for byte the same, and so is the truth
        var names = Directory.GetFiles(Case.Dir).Select(Path.GetFileName).Order().ToList();
        Directory.GetFiles(again.Dir).Select(Path.GetFileName).Order().Should().Equal(names);
        foreach (var name in names)
            File.ReadAllBytes(Path.Combine(again.Dir, name!)).Should().Equal(File.ReadAllBytes(Path.Combine(Case.Dir, name!)), name);
        again.Truth.Anomalies.Should().Equal(Case.Truth.Anomalies);
        again.Truth.Controls.Should().Equal(Case.Truth.Controls);
    }

    [Fact]
    public void Write_OneSeed_EveryKindAtEveryStrength()
    {
        // Then: counts at their exact strengths, shares near their targets, apply spikes twice
        var truth = Case.Truth.Anomalies;
        truth.Select(a => a.Kind).Distinct().Should().BeEquivalentTo(AnomalyKinds.All);
        Strengths(AnomalyKinds.PublishBurst).Should().Equal(2, 3, 4, 5, 6);
        Strengths(AnomalyKinds.RollbackBurst).Should().Equal(2, 3, 4);
        Strengths(AnomalyKinds.OperatorBurst).Should().Equal(3, 4, 5);
        foreach (var kind in StrengthPlan.ShareKinds)
        {
            var shares = Strengths(kind);
            shares.Should().HaveCount(3, kind);
            shares.Zip(StrengthPlan.Shares).Should().OnlyContain(p => Math.Abs(p.First - p.Second) < 0.03, kind);
        }
        truth.Count(a => a.Kind == AnomalyKinds.ApplyRateSpike).Should().Be(2);
    }

    [Fact]
    public void Write_OperationAnomalies_StrengthIsTheDaysCountInTheLog()
    {
        // Given: the operation log grouped by (app, app version, local day)
        var byVector = Case.Operations().Where(r => r.ContainsKey("app_version"))
            .ToLookup(r => (r["app_id"], r["app_version"], DateOnly.FromDateTime(DateTime.Parse(r["ts"], System.Globalization.CultureInfo.InvariantCulture))));

        // Then: publishes, rollbacks (set_active, deactivate) and distinct operators of the day equal the strength
        foreach (var a in Case.Truth.Anomalies)
        {
            var rows = byVector[(a.AppId, a.AppVersion, a.Day)].ToList();
            var measure = a.Kind switch
            {
                AnomalyKinds.PublishBurst => rows.Count(r => r["action"] == "publish"),
                AnomalyKinds.RollbackBurst => rows.Count(r => r["action"] is "set_active" or "deactivate"),
                AnomalyKinds.OperatorBurst => rows.Select(r => r["operator"]).Distinct().Count(),
                _ => (int?)null,
            };
            if (measure is not null)
                measure.Should().Be((int)a.Strength, $"{a.Kind} on {a.AppId} {a.AppVersion} {a.Day}");
        }
    }

    [Fact]
    public void Write_ShareAnomalies_StrengthIsTheShareInTheTelemetry()
    {
        // Given: the telemetry rows, duplicates dropped by event id
        var rows = Case.Telemetry().DistinctBy(r => r.Fields["event_id"])
            .ToLookup(r => (r.Fields["app_id"], r.Fields["app_version"], DateOnly.FromDateTime(r.Local)));

        // Then: http checks among checks, failed verifications among verifications, failing devices among active ones
        foreach (var a in Case.Truth.Anomalies)
        {
            var day = rows[(a.AppId, a.AppVersion, a.Day)].Select(r => r.Fields).ToList();
            double Share(Func<IReadOnlyDictionary<string, string>, bool> part, Func<IReadOnlyDictionary<string, string>, bool> whole) =>
                (double)day.Count(f => whole(f) && part(f)) / day.Count(whole);
            double? measure = a.Kind switch
            {
                AnomalyKinds.HttpDowngrade => Share(f => f["transport"] == "http", f => f["event"] == "update_check"),
                AnomalyKinds.VerifyFailedSpike => Share(f => f["event"] == "verify_failed", f => f["event"].StartsWith("verify_", StringComparison.Ordinal)),
                AnomalyKinds.FailureSpike => (double)day.Where(f => f["event"] is "apply_failed" or "rollback" or "crash").Select(f => f["device_id"]).Distinct().Count()
                    / day.Select(f => f["device_id"]).Distinct().Count(),
                AnomalyKinds.NightApplies => (double)rows[(a.AppId, a.AppVersion, a.Day)].Count(r => r.Fields["event"] == "apply_success" && r.Local.Hour < 6)
                    / day.Count(f => f["event"] == "apply_success"),
                _ => null,
            };
            if (measure is not null)
                measure.Value.Should().BeApproximately(a.Strength, 0.0001, $"{a.Kind} on {a.AppId} {a.AppVersion} {a.Day}");
        }
    }

    [Fact]
    public void Write_Anomalies_NeverOnAControlVector()
    {
        var controls = Case.Truth.Controls.Select(c => (c.AppId, c.AppVersion, c.Day)).ToHashSet();

        Case.Truth.Anomalies.Should().NotContain(a => controls.Contains(ValueTuple.Create(a.AppId, a.AppVersion, a.Day)));
        Case.Truth.Controls.Select(c => c.Kind).Distinct().Should().BeEquivalentTo(AnomalyKinds.Controls);
    }

    private static List<double> Strengths(string kind) =>
        Case.Truth.Anomalies.Where(a => a.Kind == kind).Select(a => a.Strength).Order().ToList();
}
