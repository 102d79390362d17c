namespace HotAudit.Rules.Tests.Kinds;

/// <summary>"The operation log reaches back at least 30 whole days before the period end" (HU-LOG-02's shape).</summary>
public sealed class SpanKindTests
{
    private static readonly RuleDefinition Retained = Rule(new SpanMechanism("action != null", "$min_days"),
        InputKind.Operations, ["scope='case'"], CountMode.Value, ("min_days", 30.0));

    private static readonly (string, string) Period = ("2026-02-01 00:00:00", "2026-03-01 00:00:00");

    [Fact]
    public void Evaluate_ExactlyTheMinimumOfDays_Silent()
    {
        var rows = new[] { Op("2026-01-30 00:00:00", "publish"), Op("2026-02-10 00:00:00", "publish") };

        Findings(Retained, rows, Period).Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_OneSecondShortOfTheMinimum_WholeDaysRoundedDown()
    {
        var rows = new[] { Op("2026-02-10 00:00:00", "publish"), Op("2026-01-30 00:00:01", "publish") };

        Findings(Retained, rows, Period).Should().Equal("scope=case count=29");
    }

    [Fact]
    public void Evaluate_NoMatchingRow_Silent()
    {
        var rule = Retained with { Mechanism = new SpanMechanism("action == 'usage_review'", "$min_days") };

        Findings(rule, [Op("2026-02-10 00:00:00", "publish")], Period).Should().BeEmpty();
    }
}
