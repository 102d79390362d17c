namespace HotAudit.Rules.Tests.Kinds;

public sealed class MatchKindTests
{
    [Fact]
    public void Evaluate_MatchingRows_CountedPerSubject()
    {
        var rule = Rule(new MatchMechanism("event == 'crash'"), InputKind.Telemetry, ["device_id"], CountMode.Rows);

        var findings = Findings(rule,
        [
            Tel("2026-05-01 10:00:00", "d1", "crash"), Tel("2026-05-01 11:00:00", "d1", "crash"),
            Tel("2026-05-01 10:00:00", "d2", "crash"), Tel("2026-05-01 10:00:00", "d3", "launch"),
        ]);

        findings.Should().Equal("device_id=d1 count=2", "device_id=d2 count=1");
    }

    [Fact]
    public void Evaluate_DevicesCount_OneDeviceCountedOnce()
    {
        var rule = Rule(new MatchMechanism("event == 'crash'"), InputKind.Telemetry, ["patch_id"], CountMode.Devices);

        var findings = Findings(rule,
        [
            Tel("2026-05-01 10:00:00", "d1", "crash"), Tel("2026-05-01 11:00:00", "d1", "crash"), Tel("2026-05-01 12:00:00", "d2", "crash"),
        ]);

        findings.Should().Equal("patch_id=p1 count=2");
    }

    [Fact]
    public void Evaluate_Value_SumOfTheNumberOverTheSubjectsRows()
    {
        var rule = Rule(new MatchMechanism("event == 'apply_success'", "patch_version"), InputKind.Telemetry, ["device_id"], CountMode.Value);

        var findings = Findings(rule,
        [
            Tel("2026-05-01 10:00:00", "d1", "apply_success", more: ("patch_version", "2")),
            Tel("2026-05-01 11:00:00", "d1", "apply_success", more: ("patch_version", "3")),
            Tel("2026-05-01 12:00:00", "d1", "crash", more: ("patch_version", "40")),
        ]);

        findings.Should().Equal("device_id=d1 count=5");
    }

    [Fact]
    public void Evaluate_NoRowMatches_NoFinding()
    {
        var rule = Rule(new MatchMechanism("event == 'crash'"), InputKind.Telemetry, ["device_id"], CountMode.Rows);

        Findings(rule, [Tel("2026-05-01 10:00:00", "d1", "launch")]).Should().BeEmpty();
    }
}
