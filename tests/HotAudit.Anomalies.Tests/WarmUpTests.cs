using FluentAssertions;
using Xunit;

namespace HotAudit.Anomalies.Tests;

public sealed class WarmUpTests
{
    [Fact]
    public void WarmUp_ScoresEveryVectorOfItsSyntheticCase()
    {
        // When: the warm-up an assessment starts beside its ingest (two apps, two versions each, 45 days)
        var scored = AnomalyMonitor.WarmUp();

        // Then: the whole scoring path ran on all of them (a catalog change that broke it would fail here, not silently in a run)
        scored.Should().Be(180);
    }
}
