using FluentAssertions;
using HotAudit.Anomalies.Model;
using Xunit;

namespace HotAudit.Anomalies.Tests.Model;

public sealed class ModelTailTests
{
    /// <summary>n scores at the plotting positions of a generalized Pareto of the given shape (scale 1): a sample without noise.</summary>
    private static double[] Pareto(int n, double shape) =>
        Enumerable.Range(0, n).Select(i => 1 - ((i + 0.5) / n))
            .Select(survival => shape == 0 ? -Math.Log(survival) : (Math.Pow(survival, -shape) - 1) / shape).ToArray();

    [Fact]
    public void Fit_ExponentialExcesses_GivesShapeNearZeroAndTheirMean()
    {
        // Given
        var excesses = Pareto(2000, 0);

        // When
        var tail = ParetoTail.Fit(excesses);

        // Then
        tail.Shape.Should().BeLessThan(0.05);
        tail.Scale.Should().BeApproximately(1, 0.1);
    }

    [Fact]
    public void Fit_HeavyTailedExcesses_RecoversTheirShape()
    {
        // Given
        var excesses = Pareto(2000, 0.4);

        // When
        var tail = ParetoTail.Fit(excesses);

        // Then
        tail.Shape.Should().BeApproximately(0.4, 0.08);
        tail.Survival(10).Should().BeApproximately(Math.Pow(1 + (0.4 * 10), -1 / 0.4), 0.01);
    }

    [Fact]
    public void Fit_FewExcesses_IsExponentialWithTheirMean()
    {
        // When: fewer than ten, whatever their spread
        var tail = ParetoTail.Fit([0.1, 0.2, 0.5, 3, 40]);

        // Then
        tail.Shape.Should().Be(0);
        tail.Scale.Should().BeApproximately(8.76, 1e-9);
    }

    [Fact]
    public void PValues_AFewVectorsFarFromTheRest_AreAsRareAsTheirRankNotRarer()
    {
        // Given: 1,000 model scores with a heavy tail (reconstruction errors: a few vectors far from the rest); the
        // largest is one vector in 1,000, so its tail probability is about 0.5/1,000
        var scores = Pareto(1000, 0.5).Reverse().ToArray();

        // When
        var p = ModelTail.PValues(scores);

        // Then: an exponential tail past the top 5 % would put it near 6e-6 and flag it at a false-alarm rate of 1e-3
        var largest = p[Array.IndexOf(scores, scores.Max())];
        largest.Should().BeInRange(1.5e-4, 2e-3);
        p.Should().OnlyContain(x => x > 0 && x <= 1);
        p[Array.IndexOf(scores, scores.Min())].Should().Be(1);
    }
}
