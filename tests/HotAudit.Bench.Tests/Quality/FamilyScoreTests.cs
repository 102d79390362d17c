using FluentAssertions;
using HotAudit.Bench.Scenarios;
using Xunit;

namespace HotAudit.Bench.Tests.Quality;

/// <summary>How a family's tally counts the vectors next to an injection: apart, and printed both ways.</summary>
public sealed class FamilyScoreTests
{
    private static readonly DateOnly Day = new(2026, 3, 14);

    private static string Key(string version, int offset) => AssessedCase.Key("app", version, Day.AddDays(offset));

    private static FamilyScore Scored(params (string Key, bool Flagged)[] vectors)
    {
        var truth = new ScenarioTruth("test", 1, [new InjectedAnomaly("app", "1.0", Day, "publish_burst", 5)], [new NegativeControl("app", "1.0", Day.AddDays(2), "release_day")]);
        var score = new FamilyScore("test");
        score.Add(truth, new AssessedCase(vectors.ToDictionary(v => v.Key, v => v.Flagged), new Dictionary<string, IReadOnlyDictionary<string, double?>>()));
        return score;
    }

    [Fact]
    public void Add_FlagOnTheDayAfterAnInjection_IsCountedApartNotAsAFalseFlag()
    {
        // When: the injected day and the day after it flagged, the day before not, another version's day after flagged
        var score = Scored((Key("1.0", 0), true), (Key("1.0", 1), true), (Key("1.0", -1), false), (Key("2.0", 1), true), (Key("1.0", 5), false));

        // Then
        score.AdjacentVectors.Should().Be(2);
        score.AdjacentFlagged.Should().Be(1);
        score.FalseFlags.Should().Be(1, "the other version's day is an ordinary vector");
        score.NormalVectors.Should().Be(2);
        score.Flagged.Should().Be(2);
        score.TruePositives.Should().Be(1);
    }

    [Fact]
    public void Add_ControlNextToAnInjection_StaysAControl()
    {
        // Given: a control two days after; make it adjacent by injecting on the day after the first
        var truth = new ScenarioTruth("test", 1,
            [new InjectedAnomaly("app", "1.0", Day, "publish_burst", 5), new InjectedAnomaly("app", "1.0", Day.AddDays(1), "publish_burst", 5)],
            [new NegativeControl("app", "1.0", Day.AddDays(2), "release_day")]);
        var score = new FamilyScore("test");

        // When
        score.Add(truth, new AssessedCase(new Dictionary<string, bool> { [Key("1.0", 2)] = true, [Key("1.0", 1)] = true }, new Dictionary<string, IReadOnlyDictionary<string, double?>>()));

        // Then: an injected day is never "adjacent", and a flagged control counts as one
        score.AdjacentVectors.Should().Be(0);
        score.Controls.Should().ContainSingle().Which.Flagged.Should().BeTrue();
        score.TruePositives.Should().Be(1);
    }

    [Fact]
    public void Add_FlagOnAnInjectionTheFamilyDidNotLabel_IsCountedApartNotAsAFalseFlag()
    {
        // Given: a failure spike the family injected on version 2.0 and left out of its labels
        var truth = new ScenarioTruth("test", 1, [new InjectedAnomaly("app", "1.0", Day, "publish_burst", 5)], [],
            [new InjectedAnomaly("app", "2.0", Day.AddDays(5), "failure_spike", 0.08)]);
        var score = new FamilyScore("test");

        // When: the monitor flags it and the injected day
        score.Add(truth, new AssessedCase(new Dictionary<string, bool> { [Key("2.0", 5)] = true, [Key("1.0", 0)] = true, [Key("2.0", 6)] = false },
            new Dictionary<string, IReadOnlyDictionary<string, double?>>()));

        // Then
        score.UnlabelledVectors.Should().Be(1);
        score.UnlabelledFlagged.Should().Be(1);
        score.FalseFlags.Should().Be(0);
        score.NormalVectors.Should().Be(1);
        score.Flagged.Should().Be(1);
    }
}
