namespace HotAudit.Rules.Tests.Kinds;

/// <summary>"More than half of the devices that applied a patch (at least 4 of them) crashed after it", per patch.</summary>
public sealed class ShareKindTests
{
    private static readonly RuleDefinition Failing = Rule(new ShareMechanism("event == 'apply_success'", "event == 'crash'", "$min", "$share"),
        InputKind.Telemetry, ["patch_id"], CountMode.Devices, ("min", 4.0), ("share", 0.5));

    private static IEnumerable<IReadOnlyDictionary<string, string>> Applied(int devices) =>
        Enumerable.Range(1, devices).Select(i => Tel("2026-05-01 10:00:00", $"d{i}", "apply_success"));

    private static IEnumerable<IReadOnlyDictionary<string, string>> Crashed(int devices, string ts = "2026-05-01 11:00:00") =>
        Enumerable.Range(1, devices).Select(i => Tel(ts, $"d{i}", "crash"));

    [Fact]
    public void Evaluate_ShareAboveTheThreshold_CountsFailingDevices()
    {
        Findings(Failing, [.. Applied(4), .. Crashed(3)]).Should().Equal("patch_id=p1 count=3");
    }

    [Fact]
    public void Evaluate_ShareEqualToTheThreshold_Silent()
    {
        Findings(Failing, [.. Applied(4), .. Crashed(2)]).Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_BaseOneBelowTheMinimum_Silent()
    {
        Findings(Failing, [.. Applied(3), .. Crashed(3)]).Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_FailureAtTheInstantOfTheFirstBaseRow_Counts()
    {
        Findings(Failing, [.. Applied(4), .. Crashed(3, "2026-05-01 10:00:00")]).Should().Equal("patch_id=p1 count=3");
    }

    [Fact]
    public void Evaluate_FailureOneSecondBeforeTheFirstBaseRow_NotCounted()
    {
        Findings(Failing, [.. Applied(4), .. Crashed(3, "2026-05-01 09:59:59")]).Should().BeEmpty();
    }
}
