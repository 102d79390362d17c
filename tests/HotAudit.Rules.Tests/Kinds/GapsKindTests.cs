namespace HotAudit.Rules.Tests.Kinds;

/// <summary>"No stretch of more than 30 days without a usage review" over a 60-day period (HU-GOV-06's shape).</summary>
public sealed class GapsKindTests
{
    private static readonly RuleDefinition Reviews = Rule(new GapsMechanism("action == 'usage_review'", "$max_gap"),
        InputKind.Operations, ["scope='case'"], CountMode.Value, ("max_gap", "30d"));

    private static readonly (string, string) Period = ("2026-01-01 00:00:00", "2026-03-02 00:00:00");

    [Fact]
    public void Evaluate_GapsExactlyTheLimit_Silent()
    {
        Findings(Reviews, [Op("2026-01-31 00:00:00", "usage_review")], Period).Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_GapOneSecondLongerThanTheLimit_CountsOneGap()
    {
        Findings(Reviews, [Op("2026-01-31 00:00:01", "usage_review")], Period).Should().Equal("scope=case count=1");
    }

    [Fact]
    public void Evaluate_NoReviewInThePeriod_PeriodIsOneGap()
    {
        var rows = new[] { Op("2025-12-31 23:59:59", "usage_review"), Op("2026-01-31 00:00:00", "log_export") };

        Findings(Reviews, rows, Period).Should().Equal("scope=case count=1");
    }

    [Fact]
    public void Evaluate_ReviewsAtBothEnds_GapsBetweenCounted()
    {
        var rows = new[] { Op("2026-01-01 00:00:00", "usage_review"), Op("2026-03-02 00:00:00", "usage_review") };

        Findings(Reviews, rows, Period).Should().Equal("scope=case count=1");
    }
}
