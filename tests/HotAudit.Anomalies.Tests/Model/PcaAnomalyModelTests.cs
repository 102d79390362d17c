using FluentAssertions;
using HotAudit.Anomalies.Model;
using Xunit;

namespace HotAudit.Anomalies.Tests.Model;

public sealed class PcaAnomalyModelTests
{
    /// <summary>Points on a plane in 4-D: x, y, x+y, ~0.</summary>
    private static List<float[]> Plane()
    {
        var rng = new Random(3);
        return Enumerable.Range(0, 300).Select(_ =>
        {
            var (a, b) = ((float)((rng.NextDouble() * 2) - 1), (float)((rng.NextDouble() * 2) - 1));
            return new[] { a, b, a + b + (float)(rng.NextDouble() * 0.05), (float)(rng.NextDouble() * 0.05) };
        }).ToList();
    }

    [Fact]
    public void Residuals_FurtherOffThePlane_GrowWithTheDistance()
    {
        // Given: ML.NET's own Score is the residual's share of the vector's length, the same for 1 and 5 off the plane
        var model = PcaAnomalyModel.Train(Plane(), rank: 2, seed: 1);

        // When
        var r = model.Residuals([[0.5f, 0.5f, 1f, 0f], [0, 0, 0, 1], [0, 0, 0, 5]]);

        // Then
        r[0].Should().BeLessThan(0.2);
        r[2].Should().BeApproximately(5 * r[1], 0.5);
    }

    [Fact]
    public void Scores_FarAlongThePlane_AreHighToo()
    {
        // Given
        var model = PcaAnomalyModel.Train(Plane(), rank: 2, seed: 1);

        // When: a point on the plane but far from every training point
        var scores = model.Scores([[0.2f, -0.1f, 0.1f, 0f], [20, 20, 40, 0]]);

        // Then
        scores[0].Should().BeLessThan(3);
        scores[1].Should().BeGreaterThan(8);
    }

    [Fact]
    public void Load_SavedModel_ScoresTheSame()
    {
        // Given
        var model = PcaAnomalyModel.Train(Plane(), rank: 2, seed: 1);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        // When
        var loaded = PcaAnomalyModel.Load(stream, seed: 1);

        // Then
        float[][] probe = [[0, 0, 0, 1], [1, 1, 2, 0]];
        loaded.Scores(probe).Should().Equal(model.Scores(probe), (a, b) => Math.Abs(a - b) < 1e-6);
        loaded.Calibration.Median.Should().Be(model.Calibration.Median);
    }
}
