using FluentAssertions;
using HotAudit.Rules.Packs;
using HotAudit.Rules.Testing;
using Xunit;

namespace HotAudit.Rules.Tests.Packs;

public sealed class ShippedPacksTests
{
    private static readonly RuleSet Shipped = RuleSetLoader.Load([RepoPaths.Rules]);

    [Fact]
    public void Load_ShippedPacks_HaveNoLintIssues()
    {
        Shipped.Issues.Select(i => i.ToString()).Should().BeEmpty();
        Shipped.Catalog.Clauses.Should().HaveCount(20);
    }

    [Fact]
    public void Load_ShippedPacks_ShipTheFoundationRules()
    {
        Shipped.Rules.Select(r => r.Id).Should().Contain(
        [
            "HU-SIL-01", "HU-CON-01", "HU-CON-02", "HU-FRQ-01", "HU-FRQ-02", "HU-FRQ-03", "HU-FRQ-04", "HU-FRQ-05",
            "HU-SIG-01", "HU-SIG-04", "HU-SIG-05", "HU-SIG-06", "HU-SIG-07",
        ]);
    }

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var r in Shipped.Rules)
        {
            foreach (var e in r.Examples)
            {
                data.Add(r.Id, e.Name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Run_ShippedExample_BehavesAsWritten(string ruleId, string example)
    {
        var rule = Shipped.Rules.Single(r => r.Id == ruleId);
        var outcome = RuleTester.Run(rule, rule.Examples.Single(e => e.Name == example), new HotAudit.Signing.PatchSignatureVerifier(), new HotAudit.Anomalies.AnomalyMonitor());
        outcome.Passed.Should().BeTrue(outcome.Detail);
    }
}
