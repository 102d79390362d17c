using FluentAssertions;
using HotAudit.Bench.Scenarios;
using HotAudit.Bench.Scenarios.Meridian;
using Xunit;

namespace HotAudit.Bench.Tests.Scenarios.Meridian;

/// <summary>What the meridian family injects and records, on two seeds at the benchmark's size.</summary>
[Collection(MeridianCollection.Name)]
public sealed class MeridianFamilyTests(MeridianCases cases)
{
    private IEnumerable<InjectedAnomaly> Injected => cases.Full.SelectMany(c => c.Truth.Anomalies.Concat(c.Truth.Unlabelled ?? []));

    [Fact]
    public void Write_TwoSeeds_LabelEveryKindAtThreeStrengthsOrMore()
    {
        // When
        var anomalies = cases.Full.SelectMany(c => c.Truth.Anomalies).ToList();

        // Then: strengths bucketed as the quality table prints them (counts as they are, shares by 5 %, rates by 0.5)
        foreach (var kind in AnomalyKinds.All)
        {
            var strengths = anomalies.Where(a => a.Kind == kind).Select(a => Bucket(kind, a.Strength)).Distinct().ToList();
            strengths.Should().HaveCountGreaterThanOrEqualTo(3, $"{kind} is injected at a ladder of strengths");
        }
    }

    [Fact]
    public void Write_EachSeed_InjectsEveryKindFourTimesAndLabelsMostOfThem()
    {
        foreach (var c in cases.Full)
        {
            // Then
            var injected = c.Truth.Anomalies.Concat(c.Truth.Unlabelled ?? []).ToList();
            foreach (var kind in AnomalyKinds.All)
            {
                injected.Count(a => a.Kind == kind).Should().Be(4, $"seed {c.Truth.Seed} plans four {kind} incidents");
            }
            c.Truth.Anomalies.Should().HaveCountGreaterThan(injected.Count * 2 / 3);
        }
    }

    [Fact]
    public void Write_TwoSeeds_RecordEveryControlKind()
    {
        // When
        var kinds = cases.Full.SelectMany(c => c.Truth.Controls).Select(c => c.Kind).ToHashSet();

        // Then
        kinds.Should().Contain(AnomalyKinds.Controls);
        kinds.Should().Contain(MeridianControls.All);
    }

    [Fact]
    public void Write_EachSeed_KeepsControlsTwoDaysAwayFromEveryInjection()
    {
        foreach (var c in cases.Full)
        {
            // Given
            var near = (c.Truth.Unlabelled ?? []).Concat(c.Truth.Anomalies)
                .SelectMany(a => Enumerable.Range(-2, 5).Select(d => AssessedCase.Key(a.AppId, a.AppVersion, a.Day.AddDays(d)))).ToHashSet();

            // Then
            c.Truth.Controls.Should().NotContain(k => near.Contains(AssessedCase.Key(k.AppId, k.AppVersion, k.Day)));
            c.Truth.Controls.Select(k => AssessedCase.Key(k.AppId, k.AppVersion, k.Day)).Should().OnlyHaveUniqueItems();
        }
    }

    [Fact]
    public void Write_EachSeed_InjectsOnDistinctVectorsInsideThePeriod()
    {
        foreach (var c in cases.Full)
        {
            // When
            var injected = c.Truth.Anomalies.Concat(c.Truth.Unlabelled ?? []).ToList();

            // Then
            injected.Select(a => AssessedCase.Key(a.AppId, a.AppVersion, a.Day)).Should().OnlyHaveUniqueItems();
            injected.Should().OnlyContain(a => a.Day >= new DateOnly(2026, 9, 28) && a.Day < new DateOnly(2026, 12, 6));
        }
        Injected.Should().NotBeEmpty();
    }

    private static double Bucket(string kind, double strength) => AnomalyKinds.Unit(kind) switch
    {
        "count" => strength,
        "share" => Math.Floor(strength * 20) / 20,
        _ => Math.Floor(strength * 2) / 2,
    };
}
