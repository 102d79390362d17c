namespace HotAudit.Rules.Tests.Kinds;

/// <summary>"Each publish of a patch has a higher patch_version than every earlier one" (HU-DST-04's shape).</summary>
public sealed class IncreasingKindTests
{
    private static readonly RuleDefinition Versions = Rule(new IncreasingMechanism("action == 'publish'", "patch_version", ["patch_id"]),
        InputKind.Operations, ["patch_id"], CountMode.Rows);

    private static IReadOnlyDictionary<string, string> Publish(string ts, string patch, string version) =>
        Op(ts, "publish", ("patch_id", patch), ("patch_version", version));

    [Fact]
    public void Evaluate_StrictlyRising_Silent()
    {
        Findings(Versions, [Publish("2026-05-01 10:00:00", "p1", "1"), Publish("2026-05-02 10:00:00", "p1", "2")]).Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_SameVersionAgain_Fires()
    {
        Findings(Versions, [Publish("2026-05-01 10:00:00", "p1", "2"), Publish("2026-05-02 10:00:00", "p1", "2")])
            .Should().Equal("patch_id=p1 count=1");
    }

    [Fact]
    public void Evaluate_BelowAnEarlierButAboveTheLast_FiresAgainstTheHighest()
    {
        var rows = new[]
        {
            Publish("2026-05-01 10:00:00", "p1", "5"), Publish("2026-05-02 10:00:00", "p1", "2"), Publish("2026-05-03 10:00:00", "p1", "3"),
            Publish("2026-05-04 10:00:00", "p1", "6"),
        };

        Findings(Versions, rows).Should().Equal("patch_id=p1 count=2");
    }

    [Fact]
    public void Evaluate_KeysJudgedApart_Silent()
    {
        Findings(Versions, [Publish("2026-05-01 10:00:00", "p1", "5"), Publish("2026-05-02 10:00:00", "p2", "1")]).Should().BeEmpty();
    }
}
