using FluentAssertions;
using HotAudit.Anomalies.Scoring;
using Xunit;

namespace HotAudit.Anomalies.Tests.Scoring;

public sealed class RobustStatsTests
{
    [Fact]
    public void Z_OutlierInSample_IgnoresIt()
    {
        // Given: one wild value among ordinary ones does not move the median or the MAD much
        double[] sample = [1, 2, 1, 2, 1, 2, 100];

        // When
        var z = RobustStats.Z(10, sample, floor: 0.1);

        // Then
        RobustStats.Median(sample).Should().Be(2);
        z.Should().BeGreaterThan(5);
    }

    [Fact]
    public void Z_ConstantSample_UsesTheFloor()
    {
        RobustStats.Z(3, [0, 0, 0, 0], floor: 1).Should().Be(3);
    }
}
