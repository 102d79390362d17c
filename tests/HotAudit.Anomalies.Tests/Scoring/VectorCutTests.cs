using FluentAssertions;
using HotAudit.Anomalies.Scoring;
using Xunit;

namespace HotAudit.Anomalies.Tests.Scoring;

/// <summary>The cut of one vector from the false-alarm rate: never spends more than the rate, and gives a count's unusable budget to the rest.</summary>
public sealed class VectorCutTests
{
    private const double Alpha = 0.001;

    [Fact]
    public void Threshold_OnlyContinuousTests_IsTheRateSplitEvenly()
    {
        VectorCut.Threshold(Alpha, 8, []).Should().BeApproximately(Alpha / 8, 1e-12);
    }

    [Fact]
    public void Threshold_CountsThatCannotReachTheCut_LeaveTheirShareToTheOthers()
    {
        // Given: two continuous tests and three counts whose tails jump from above the rate straight to 1e-6 and below
        var quiet = new[] { 1e-6, 1e-8 };

        // When
        var c = VectorCut.Threshold(Alpha, 2, [quiet, quiet, quiet]);

        // Then: far above the even split over five tests, and the budget still holds
        c.Should().BeGreaterThan(Alpha / 5 * 2);
        ((2 * c) + (3 * 1e-6)).Should().BeLessThanOrEqualTo(Alpha * (1 + 1e-9));
    }

    [Fact]
    public void Surprise_ShareOfFewDevices_LeavesTheTailsItCannotTakeToTheOthers()
    {
        // Given: a day's background share on 25 applying devices against 30 days of 2 % on 400 devices, beside five
        // continuous tests (rates, the model)
        var history = Enumerable.Range(0, 30).Select(_ => new HistoryPoint(0.02, 400)).ToList();
        var share = ShareModel.Fit(25, history);
        var ladders = new CountLadders(Alpha);
        var asDiscrete = new FeatureTest(share.Tail(0.04), new Usual(0.02, 0.02), HistoryBasis.Trailing, 28, ladders.Of(share));
        var asContinuous = asDiscrete with { Levels = null };
        var others = Enumerable.Range(0, 4).Select(_ => new FeatureTest(new Tail(0.5, 0), new Usual(0, 0), HistoryBasis.Trailing, 28)).ToList();

        // When
        var discrete = VectorCut.Surprise(Alpha, [asDiscrete, .. others]);
        var continuous = VectorCut.Surprise(Alpha, [asContinuous, .. others]);

        // Then: a lower cut for every test of the vector (a share of 25 devices jumps over most p-values near the cut)
        discrete.Should().BeLessThan(continuous - 0.02);
        continuous.Should().BeApproximately(-Math.Log10(Alpha / 6), 1e-9);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Threshold_AnyLadders_SpendsAtMostTheRate(int seed)
    {
        // Given: random ladders of attainable tails at or below the rate
        var rng = new Random(seed);
        var ladders = Enumerable.Range(0, 1 + rng.Next(6))
            .Select(_ => Enumerable.Range(0, 1 + rng.Next(6)).Select(_ => Alpha * Math.Pow(rng.NextDouble(), 1 + rng.Next(4))).OrderDescending().ToArray())
            .ToList();
        var continuous = 1 + rng.Next(8);

        // When
        var c = VectorCut.Threshold(Alpha, continuous, ladders);

        // Then: what the tests can spend at c (a count: its largest tail not above c) stays within the rate
        var spent = (continuous * c) + ladders.Sum(l => l.FirstOrDefault(level => level <= c * (1 + 1e-12), c));
        spent.Should().BeLessThanOrEqualTo(Alpha * (1 + 1e-9));
        c.Should().BeGreaterThanOrEqualTo(Alpha / (continuous + ladders.Count) * (1 - 1e-9));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Threshold_WeightedLadders_SpendAtMostTheRate(int seed)
    {
        // Given: random ladders, some of weight 4, down from four times the rate
        var rng = new Random(seed);
        var ladders = Enumerable.Range(0, 1 + rng.Next(6))
            .Select(_ => (Enumerable.Range(0, 1 + rng.Next(6)).Select(_ => 4 * Alpha * Math.Pow(rng.NextDouble(), 1 + rng.Next(4))).OrderDescending().ToArray(), rng.Next(2) == 0 ? 1.0 : 4.0))
            .ToList();
        var continuous = 1 + rng.Next(8);

        // When
        var c = VectorCut.Threshold(Alpha, continuous, ladders);

        // Then: each count spends its largest tail not above its own threshold (weight · c); together within the rate
        var spent = (continuous * c) + ladders.Sum(l => l.Item1.FirstOrDefault(level => level <= l.Item2 * c * (1 + 1e-12), l.Item2 * c));
        spent.Should().BeLessThanOrEqualTo(Alpha * (1 + 1e-9));
    }

    [Fact]
    public void Threshold_ARollbackLadderOfWeightFour_PassesTwoRollbacksThatAnEvenSplitWouldNot()
    {
        // Given: eight continuous tests and a rollback count whose only tails near the cut are 2.4e-4 (two) and 4e-6 (three)
        var rollbacks = new[] { 2.4e-4, 4e-6 };

        // When
        var even = VectorCut.Threshold(Alpha, 8, [rollbacks]);
        var weighted = VectorCut.Threshold(Alpha, 8, [(rollbacks, 4.0)]);

        // Then: two rollbacks pass only with the weight, and the other tests' threshold drops by less than a third
        even.Should().BeLessThan(2.4e-4);
        (4 * weighted).Should().BeGreaterThanOrEqualTo(2.4e-4);
        weighted.Should().BeGreaterThan(even * 2 / 3);
    }
}
