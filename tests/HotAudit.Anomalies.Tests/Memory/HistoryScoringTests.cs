using FluentAssertions;
using HotAudit.Anomalies.Features;
using HotAudit.Anomalies.Memory;
using HotAudit.Anomalies.Scoring;
using Xunit;

namespace HotAudit.Anomalies.Tests.Memory;

public sealed class HistoryScoringTests
{
    /// <summary>45 days of three versions; from day 40 on every version applies 41 % of its patches in the background.</summary>
    private static List<DailyVector> SilentFromDay40() =>
        Some.Series(45, 3, (_, day, values) => Some.SetBackground(values, day >= 40 ? 0.41 : 0.01));

    private static MonitorMemory Kept(IEnumerable<DailyVector> days) => MonitorMemory.Empty.With(days.ToList());

    [Fact]
    public void Score_ShortWindowAlone_FlagsNothing()
    {
        // Given: a nightly window of the last five days only, all of them alike
        var tonight = SilentFromDay40().Where(v => v.Day.DayNumber >= Day(40)).ToList();

        // When
        var scored = VectorScorer.Score(tonight, new MonitorSettings());

        // Then
        scored.Should().HaveCount(15).And.OnlyContain(s => !s.Flagged);
    }

    [Fact]
    public void Score_ShortWindowWithKeptHistory_FlagsTheDaysUnlikeTheHistory()
    {
        // Given: the same five days, with the forty earlier days kept from previous nights
        var all = SilentFromDay40();
        var tonight = all.Where(v => v.Day.DayNumber >= Day(40)).ToList();

        // When
        var (scored, kept) = HistoryScoring.Score(tonight, Kept(all.Where(v => v.Day.DayNumber < Day(40))), new MonitorSettings());

        // Then: only tonight's vectors come back, each flagged and explained by the background share
        scored.Should().HaveCount(15);
        scored.Should().OnlyContain(s => s.Day.DayNumber >= Day(40) && s.Flagged);
        scored[0].Explanation.Should().StartWith("background applies 41 % on ").And.Contain(" vs 1 % usual");
        kept.Count.Should().Be(135);
    }

    [Fact]
    public void Score_EmptyMemory_ScoresAsWithoutIt()
    {
        // Given
        var vectors = Some.Series(40, 3, (version, day, values) => Some.SetBackground(values, version == "1.1" && day == 30 ? 0.41 : 0.01));

        // When
        var (scored, _) = HistoryScoring.Score(vectors, MonitorMemory.Empty, new MonitorSettings());

        // Then
        scored.Should().BeEquivalentTo(VectorScorer.Score(vectors, new MonitorSettings()), o => o.WithStrictOrdering());
    }

    [Fact]
    public void Score_TonightRepeatsKeptDays_ReplacesThemButTheFirst()
    {
        // Given: days 43 and 44 kept with 1 % background applies, assessed again tonight with 41 %
        var old = Some.Series(45, 3);
        var tonight = SilentFromDay40().Where(v => v.Day.DayNumber >= Day(43)).ToList();

        // When
        var (_, kept) = HistoryScoring.Score(tonight, Kept(old), new MonitorSettings());

        // Then: day 44 is tonight's; day 43, where a short window may have started mid-day, stays as kept
        var background = Some.Index("background_apply_share");
        kept.Count.Should().Be(135);
        kept.Days.Where(d => d.Day.DayNumber == Day(44)).Should().OnlyContain(d => d.Values[background] == 0.41);
        kept.Days.Where(d => d.Day.DayNumber == Day(43)).Should().OnlyContain(d => d.Values[background] != 0.41);
    }

    private static int Day(int d) => new DateOnly(2026, 5, 1).AddDays(d).DayNumber;
}
