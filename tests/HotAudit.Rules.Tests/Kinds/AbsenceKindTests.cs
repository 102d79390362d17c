namespace HotAudit.Rules.Tests.Kinds;

/// <summary>"An apply with no verification of the same patch before it", per device.</summary>
public sealed class AbsenceKindTests
{
    private static RuleDefinition Unverified(bool strict, string? alsoWhen = null) => Rule(
        new AbsenceMechanism("event == 'apply_success'", "event == 'verify_passed'", ["patch_id"], strict, alsoWhen),
        InputKind.Telemetry, ["device_id"], CountMode.Rows);

    [Fact]
    public void Evaluate_PriorOneSecondEarlier_Silent()
    {
        var rows = new[] { Tel("2026-05-01 10:00:00", "d1", "verify_passed"), Tel("2026-05-01 10:00:01", "d1", "apply_success") };

        Findings(Unverified(strict: true), rows).Should().BeEmpty();
        Findings(Unverified(strict: false), rows).Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_PriorAtTheSameInstantNotStrict_CountsAsBefore()
    {
        var rows = new[] { Tel("2026-05-01 10:00:00", "d1", "apply_success"), Tel("2026-05-01 10:00:00", "d1", "verify_passed") };

        Findings(Unverified(strict: false), rows).Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_PriorAtTheSameInstantStrict_Fires()
    {
        var rows = new[] { Tel("2026-05-01 10:00:00", "d1", "verify_passed"), Tel("2026-05-01 10:00:00", "d1", "apply_success") };

        Findings(Unverified(strict: true), rows).Should().Equal("device_id=d1 count=1");
    }

    [Fact]
    public void Evaluate_PriorOneSecondLater_Fires()
    {
        var rows = new[] { Tel("2026-05-01 10:00:00", "d1", "apply_success"), Tel("2026-05-01 10:00:01", "d1", "verify_passed") };

        Findings(Unverified(strict: false), rows).Should().Equal("device_id=d1 count=1");
    }

    [Fact]
    public void Evaluate_PriorOfAnotherKeyOrDevice_Fires()
    {
        var rows = new[]
        {
            Tel("2026-05-01 09:00:00", "d1", "verify_passed", "p2"), Tel("2026-05-01 09:00:00", "d2", "verify_passed", "p1"),
            Tel("2026-05-01 10:00:00", "d1", "apply_success", "p1"), Tel("2026-05-01 11:00:00", "d1", "apply_success", "p1"),
        };

        Findings(Unverified(strict: false), rows).Should().Equal("device_id=d1 count=2");
    }

    [Fact]
    public void Evaluate_AlsoWhen_FiresDespiteThePrior()
    {
        var rows = new[]
        {
            Tel("2026-05-01 09:00:00", "d1", "verify_passed"), Tel("2026-05-01 10:00:00", "d1", "apply_success", more: ("user_initiated", "true")),
            Tel("2026-05-01 11:00:00", "d1", "apply_success"),
        };

        Findings(Unverified(strict: false, alsoWhen: "user_initiated == true"), rows).Should().Equal("device_id=d1 count=1");
    }
}
