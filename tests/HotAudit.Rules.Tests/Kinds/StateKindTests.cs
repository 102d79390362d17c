namespace HotAudit.Rules.Tests.Kinds;

/// <summary>"An apply while the device's latest consent answer is a denial".</summary>
public sealed class StateKindTests
{
    private static RuleDefinition AppliedWhileDenied(TieRule ties) => Rule(
        new StateMechanism("event == 'apply_success'",
            [new StateSetter("event == 'consent_granted'", "granted"), new StateSetter("event == 'consent_denied'", "denied")], "denied", [], ties),
        InputKind.Telemetry, ["device_id"], CountMode.Rows);

    [Fact]
    public void Evaluate_LatestAnswerDenied_Fires()
    {
        var rows = new[]
        {
            Tel("2026-05-01 09:00:00", "d1", "consent_granted"), Tel("2026-05-01 09:30:00", "d1", "consent_denied"),
            Tel("2026-05-01 10:00:00", "d1", "apply_success"), Tel("2026-05-01 10:00:00", "d2", "consent_denied"),
            Tel("2026-05-01 10:00:01", "d2", "consent_granted"), Tel("2026-05-01 10:00:01", "d2", "apply_success"),
        };

        Findings(AppliedWhileDenied(TieRule.Undecided), rows).Should().Equal("device_id=d1 count=1");
    }

    [Fact]
    public void Evaluate_DenialAtTheTargetsInstant_AppliedFirst()
    {
        var rows = new[] { Tel("2026-05-01 10:00:00", "d1", "apply_success"), Tel("2026-05-01 10:00:00", "d1", "consent_denied") };

        Findings(AppliedWhileDenied(TieRule.Undecided), rows).Should().Equal("device_id=d1 count=1");
    }

    [Fact]
    public void Evaluate_DenialOneSecondAfterTheTarget_Silent()
    {
        var rows = new[] { Tel("2026-05-01 10:00:00", "d1", "apply_success"), Tel("2026-05-01 10:00:01", "d1", "consent_denied") };

        Findings(AppliedWhileDenied(TieRule.Undecided), rows).Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_TwoAnswersAtOneInstantUndecided_Silent()
    {
        var rows = new[]
        {
            Tel("2026-05-01 09:00:00", "d1", "consent_denied"),
            Tel("2026-05-01 09:30:00", "d1", "consent_granted"), Tel("2026-05-01 09:30:00", "d1", "consent_denied"),
            Tel("2026-05-01 10:00:00", "d1", "apply_success"),
        };

        Findings(AppliedWhileDenied(TieRule.Undecided), rows).Should().BeEmpty();
    }

    [Theory]
    [InlineData("consent_granted", "consent_denied", 1)]
    [InlineData("consent_denied", "consent_granted", 0)]
    public void Evaluate_TwoAnswersAtOneInstantFileOrder_LastWins(string first, string second, int fired)
    {
        var rows = new[]
        {
            Tel("2026-05-01 09:30:00", "d1", first), Tel("2026-05-01 09:30:00", "d1", second), Tel("2026-05-01 10:00:00", "d1", "apply_success"),
        };

        Findings(AppliedWhileDenied(TieRule.FileOrder), rows).Should().HaveCount(fired);
    }
}
