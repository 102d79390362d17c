namespace HotAudit.Rules.Tests.Kinds;

/// <summary>"More than 2 crashes within 1h", per device.</summary>
public sealed class WindowKindTests
{
    private static readonly RuleDefinition Bursts = Rule(new WindowMechanism("event == 'crash'", "$within", "$max", []),
        InputKind.Telemetry, ["device_id"], CountMode.WindowMax, ("within", "1h"), ("max", 2.0));

    [Fact]
    public void Evaluate_ThreeRowsExactlyTheWindowApart_OneWindowFires()
    {
        var rows = new[]
        {
            Tel("2026-05-01 10:00:00", "d1", "crash"), Tel("2026-05-01 10:30:00", "d1", "crash"),
            Tel("2026-05-01 11:00:00", "d1", "crash"),
        };

        Findings(Bursts, rows).Should().Equal("device_id=d1 count=3");
    }

    [Fact]
    public void Evaluate_ThreeRowsOneSecondWiderThanTheWindow_Silent()
    {
        var rows = new[]
        {
            Tel("2026-05-01 10:00:00", "d1", "crash"), Tel("2026-05-01 10:30:00", "d1", "crash"),
            Tel("2026-05-01 11:00:01", "d1", "crash"),
        };

        Findings(Bursts, rows).Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_ExactlyTheThreshold_Silent()
    {
        var rows = new[] { Tel("2026-05-01 10:00:00", "d1", "crash"), Tel("2026-05-01 10:00:00", "d1", "crash", "p2") };

        Findings(Bursts, rows).Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_SeveralWindows_CountIsTheFullest()
    {
        var rows = new[]
        {
            Tel("2026-05-01 08:00:00", "d1", "crash"), Tel("2026-05-01 10:00:00", "d1", "crash"),
            Tel("2026-05-01 10:10:00", "d1", "crash"), Tel("2026-05-01 10:20:00", "d1", "crash"),
            Tel("2026-05-01 10:30:00", "d1", "crash"), Tel("2026-05-01 11:15:00", "d1", "crash"),
            Tel("2026-05-01 10:00:00", "d2", "crash"), Tel("2026-05-01 10:05:00", "d2", "crash"),
        };

        Findings(Bursts, rows).Should().Equal("device_id=d1 count=4");
    }

    [Fact]
    public void Evaluate_ParameterOverride_RaisesTheThreshold()
    {
        var raised = Bursts with { Parameters = [new("within", "1h", "w"), new("max", 3.0, "m")] };
        var rows = new[]
        {
            Tel("2026-05-01 10:00:00", "d1", "crash"), Tel("2026-05-01 10:10:00", "d1", "crash"),
            Tel("2026-05-01 10:20:00", "d1", "crash"),
        };

        Findings(Bursts, rows).Should().Equal("device_id=d1 count=3");
        Findings(raised, rows).Should().BeEmpty();
    }
}
