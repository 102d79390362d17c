using FluentAssertions;
using HotAudit.Anomalies.Scoring;
using Xunit;

namespace HotAudit.Anomalies.Tests.Scoring;

public sealed class VectorScorerTests
{
    [Fact]
    public void Score_OrdinarySeries_FlagsNothing()
    {
        // Given
        var vectors = Some.Series(days: 40, versions: 3);

        // When
        var scored = VectorScorer.Score(vectors, new MonitorSettings());

        // Then
        scored.Where(s => s.Flagged).Should().BeEmpty();
    }

    [Fact]
    public void Score_DayOfBackgroundApplies_FlagsThatDayOnlyAndNamesTheFeature()
    {
        // Given: version 1.1 applies 41 % of its patches in the background on day 30
        var vectors = Some.Series(40, 3, (version, day, values) =>
        {
            if (version == "1.1" && day == 30)
            {
                Some.SetBackground(values, 0.41);
            }
        });

        // When
        var scored = VectorScorer.Score(vectors, new MonitorSettings());

        // Then
        var flagged = scored.Where(s => s.Flagged).Should().ContainSingle().Subject;
        flagged.AppVersion.Should().Be("1.1");
        flagged.Day.Should().Be(new DateOnly(2026, 5, 31));
        flagged.Explanation.Should().StartWith("background applies 41 % on 2026-05-31 vs 1 % usual (28-day share 1.0 %; p < 1e-50)");
    }

    [Theory]
    [InlineData(8, true)]
    [InlineData(2, false)]
    public void Score_PublishesOnOneDay_FlagsABurstButNotTwo(int publishes, bool flagged)
    {
        // Given
        var vectors = Some.Series(40, 3, (version, day, values) =>
        {
            if (version == "1.0" && day == 32)
            {
                Some.SetPublishes(values, publishes);
            }
        });

        // When
        var scored = VectorScorer.Score(vectors, new MonitorSettings());

        // Then
        scored.Any(s => s.Flagged && s.AppVersion == "1.0" && s.Day == new DateOnly(2026, 6, 2)).Should().Be(flagged);
        scored.Count(s => s.Flagged).Should().Be(flagged ? 1 : 0);
    }

    [Fact]
    public void Score_TooLittleHistory_JudgesNoDeviation()
    {
        // Given: five days are fewer than min_history, and no peers
        var vectors = Some.Series(5, 1, (_, day, values) => Some.SetBackground(values, day == 4 ? 0.5 : 0.01));

        // When
        var scored = VectorScorer.Score(vectors, new MonitorSettings());

        // Then
        scored.Should().OnlyContain(s => !s.Flagged);
    }

    [Fact]
    public void Score_ConstantDays_NeitherThrowsNorFlags()
    {
        // Given: 60 identical days (ML.NET's PCA fails on data without variance: the monitor must not take the run down)
        var vectors = Some.Series(days: 60, versions: 2, (_, _, values) =>
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = 1;
            }
        });

        // When
        var scored = VectorScorer.Score(vectors, new MonitorSettings());

        // Then
        scored.Should().HaveCount(120);
        scored.Where(s => s.Flagged).Should().BeEmpty();
    }
}
