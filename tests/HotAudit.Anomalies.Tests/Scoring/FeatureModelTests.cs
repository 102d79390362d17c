using FluentAssertions;
using HotAudit.Anomalies.Features;
using HotAudit.Anomalies.Scoring;
using Xunit;

namespace HotAudit.Anomalies.Tests.Scoring;

/// <summary>The per-feature models on small known series: flags (surprise past the default cut), not exact scores.</summary>
public sealed class FeatureModelTests
{
    private static readonly double Cut = new MonitorSettings().Cut;

    private static List<HistoryPoint> Counts(params int[] days) => days.Select(d => new HistoryPoint(d, 0)).ToList();

    [Fact]
    public void CountModel_FiveAgainstUsualZeroToOne_IsPastTheCut()
    {
        // Given: 28 days of 0 or 1 publishes
        var history = Counts([.. Enumerable.Range(0, 28).Select(d => d % 4 == 0 ? 1 : 0)]);

        // When
        var tail = CountModel.Test(5, history);

        // Then
        tail.Surprise.Should().BeGreaterThan(Cut);
    }

    [Fact]
    public void CountModel_TwoAgainstUsualOneToThree_IsNotPastTheCut()
    {
        // Given: 28 days of 1 to 3 publishes
        var history = Counts([.. Enumerable.Range(0, 28).Select(d => 1 + (d % 3))]);

        // When
        var tail = CountModel.Test(2, history);

        // Then
        tail.Surprise.Should().BeLessThan(1);
    }

    [Fact]
    public void CountModel_QuietSeriesOfSevenDays_NeitherBlindNorHairTrigger()
    {
        // Given: a young version with 7 days without a publish
        var history = Counts(0, 0, 0, 0, 0, 0, 0);

        // When / Then: one publish is ordinary, eight are not
        CountModel.Test(1, history).Surprise.Should().BeLessThan(2);
        CountModel.Test(8, history).Surprise.Should().BeGreaterThan(Cut);
    }

    [Fact]
    public void CountModel_OverDispersedHistory_JudgesABurstLessHarshly()
    {
        // Given: same mean (1/day), one history steady, one in clumps of 0 and 4
        var steady = Counts([.. Enumerable.Repeat(1, 28)]);
        var clumped = Counts([.. Enumerable.Range(0, 28).Select(d => d % 4 == 0 ? 4 : 0)]);

        // When / Then
        CountModel.Test(5, clumped).Surprise.Should().BeLessThan(CountModel.Test(5, steady).Surprise);
    }

    [Theory]
    [InlineData(20, false)]
    [InlineData(1000, true)]
    public void ShareModel_SameShareOnABiggerBase_IsStrongerEvidence(int devices, bool pastCut)
    {
        // Given: 28 days of 2 % of 200 devices failing; today 10 %
        var history = Enumerable.Range(0, 28).Select(_ => new HistoryPoint(0.02, 200)).ToList();

        // When
        var tail = ShareModel.Fit(devices, history).Tail(0.10);

        // Then
        (tail.Surprise > Cut).Should().Be(pastCut);
    }

    [Fact]
    public void RateModel_TwiceTheUsualAppliesPerDevice_IsPastTheCut()
    {
        // Given: 28 days of 1.00–1.04 applies per applying device on 300 devices
        var history = Enumerable.Range(0, 28).Select(d => new HistoryPoint(1 + (0.01 * (d % 5)), 300)).ToList();

        // When / Then: 2 applies per device on 30 devices is past the cut; 1.05 is not
        RateModel.Test(2, 30, history).Surprise.Should().BeGreaterThan(Cut);
        RateModel.Test(1.05, 30, history).Surprise.Should().BeLessThan(2);
    }

    [Fact]
    public void RateModel_LongHistoryOfReleaseDays_LeavesTheTailHeavyEnoughForTheirRareBusyOnes()
    {
        // Given: 400 release days of 200 devices at 1.00–1.12 applies per applying device, one in a hundred at 1.32
        var history = Enumerable.Range(0, 400).Select(d => new HistoryPoint(d % 100 == 0 ? 1.32 : 1 + (0.013 * (d % 10)), 200)).ToList();

        // When / Then: a release day as busy as one in a hundred of the history's is not past the cut; 2.00 is
        RateModel.Test(1.32, 200, history).Surprise.Should().BeInRange(2, Cut);
        RateModel.Test(2, 200, history).Surprise.Should().BeGreaterThan(Cut);
    }

    [Fact]
    public void ChangeModel_FiveTimesTheAppliesOfTheDayBefore_IsPastTheCutOnlyWithEnoughApplies()
    {
        // Given: 20 settled days whose applies per device fall 10–25 % a day, about 40 applies behind each ratio
        var history = Enumerable.Range(0, 20).Select(d => new HistoryPoint(0.75 + (0.01 * (d % 15)), 40)).ToList();

        // When / Then: five times the day before is past the cut with 60 applies behind it, not with 2
        ChangeModel.Test(5, 60, history).Surprise.Should().BeGreaterThan(Cut);
        ChangeModel.Test(5, 2, history).Surprise.Should().BeLessThan(Cut);
        ChangeModel.Test(1.2, 60, history).Surprise.Should().BeLessThan(2);
    }

    [Fact]
    public void ChangeModel_HistoryOfFewApplies_DoesNotHideAJumpOnManyApplies()
    {
        // Given: 20 settled days of 2–4 applies, their ratios wandering from ×0.4 to ×2.5 by counting noise alone
        var history = Enumerable.Range(0, 20).Select(d => new HistoryPoint(new[] { 0.4, 1, 2.5, 0.7, 1.5 }[d % 5], 2)).ToList();

        // When / Then: four times the day before on 200 applies is past the cut (the history's spread was its counting noise)
        ChangeModel.Test(4, 200, history).Surprise.Should().BeGreaterThan(Cut);
        RateModel.Test(4, 1.0 / 200, history, ChangeModel.PriorSpread).Surprise.Should().BeLessThan(Cut, "a level model that takes the noise for the spread would hide it");
    }

    [Fact]
    public void ApplyChange_IsReadOnlyOnSettledDaysTheOperationLogCovers()
    {
        // Given: yesterday 100 devices made 10 applies, today 100 devices make 50
        var (yesterday, today) = (new DayTally { ActiveDevices = 100, Applies = 10 }, new DayTally { ActiveDevices = 100, Applies = 50 });

        var settled = new FeatureDay(today, new OperationDay(), yesterday, null, LoggedBoth: true, MinBase: 20);

        // When / Then: ≈ ×4.8 with ~8 effective applies; nothing on a release day, the day after one, without coverage or base
        var (value, n) = ApplyChange.Of(settled);
        value.Should().BeApproximately(50.5 / 10.5, 1e-9);
        n.Should().Be(9);
        ApplyChange.Of(settled with { Operations = new OperationDay { Publishes = 1 } }).Value.Should().BeNull();
        ApplyChange.Of(settled with { OperationsBefore = new OperationDay { Retargets = 1 } }).Value.Should().BeNull();
        ApplyChange.Of(settled with { LoggedBoth = false }).Value.Should().BeNull();
        ApplyChange.Of(settled with { TelemetryBefore = null }).Value.Should().BeNull();
        ApplyChange.Of(settled with { MinBase = 101 }).Value.Should().BeNull();
    }

    [Fact]
    public void ShareModel_OneSmallNoisyDayInTheHistory_DoesNotHideAShiftOnManyDevices()
    {
        // Given: 27 days of 2 % background applies among 500 devices, and one day with 5 of 20 devices (25 %)
        var history = Enumerable.Range(0, 27).Select(_ => new HistoryPoint(0.02, 500)).Append(new HistoryPoint(0.25, 20)).ToList();

        // When / Then: 20 % of 545 devices is far past the cut; 3 % of them is not
        ShareModel.Fit(545, history).Tail(0.2).Surprise.Should().BeGreaterThan(2 * Cut);
        ShareModel.Fit(545, history).Tail(0.03).Surprise.Should().BeLessThan(Cut);
    }

    [Fact]
    public void Score_ShareOfFiveDevices_IsNotScored()
    {
        // Given: version 1.1's day 30 has 80 % background applies, but among 5 applying devices only
        var background = Some.Index("background_apply_share");
        var vectors = Some.Series(40, 3, (version, day, values) =>
        {
            if (version == "1.1" && day == 30)
            {
                Some.SetBackground(values, 0.8);
            }
        }).Select(v => v.AppVersion == "1.1" && v.Day == new DateOnly(2026, 5, 31) ? v with { Bases = Five(v.Bases, background) } : v).ToList();

        // When
        var day = VectorScorer.Score(vectors, new MonitorSettings()).Single(s => s.AppVersion == "1.1" && s.Day == new DateOnly(2026, 5, 31));

        // Then
        day.Flagged.Should().BeFalse();
        day.Features[background].PValue.Should().BeNull();
    }

    [Fact]
    public void Score_VerifyFailuresOnAReleaseDay_AreJudgedAgainstEveryDayNotOnlyTheFewReleaseDays()
    {
        // Given: 60 days without a failed verification — 300 verifying devices a day, 25 on release days and the days
        // after — and on day 59, a release day, 4 of 60 verifying devices fail
        var verify = Some.Index("verify_failed_share");
        var vectors = Some.Series(60, 1, (_, day, values) => values[verify] = day == 59 ? 4.0 / 60 : 0)
            .Select((v, d) => v with { Bases = [.. v.Bases.Select((b, k) => k != verify ? b : d == 59 ? 60 : d % 7 is 3 or 4 ? 25 : 300)] })
            .ToList();

        // When
        var day = VectorScorer.Score(vectors, new MonitorSettings()).Single(s => s.Day == new DateOnly(2026, 5, 1).AddDays(59));

        // Then: flagged for it (against the 8 release days of the window alone, 200 devices, it was p ≈ 2e-3)
        day.Flagged.Should().BeTrue();
        day.Explanation.Should().StartWith("devices failing verification");
    }

    private static int[] Five(int[] bases, int feature) => [.. bases.Select((b, k) => k == feature ? 5 : b)];

    [Theory]
    [InlineData(25, 0.5, 400.0)]
    [InlineData(300, 2.0, 98.0)]
    [InlineData(5000, 0.8, 20.0)]
    [InlineData(2490, 0.0006, 0.58)]
    public void ShareLadder_IsTheTailsOfTheShare_AtOrBelowTheRate(int n, double a, double b)
    {
        // When: the ladder of a share's tails the vector cut spends from, in one walk
        var ladder = ShareModel.Ladder(n, a, b, 1e-3, 1e-9, 64);

        // Then: each is a tail P(X ≥ k) of the same beta-binomial, the first at or below the rate and on down
        ladder.Should().NotBeEmpty().And.BeInDescendingOrder();
        var k = Enumerable.Range(1, n).First(j => ShareModel.UpperTail(j, n, a, b) <= 1e-3);
        for (var i = 0; i < ladder.Length; i++)
        {
            ladder[i].Should().BeApproximately(ShareModel.UpperTail(k + i, n, a, b), ladder[i] * 1e-5);
        }
    }
}
