using FluentAssertions;
using HotAudit.Core.CustomData;
using HotAudit.Core.Rules;
using HotAudit.Rules.Packs;
using HotAudit.Rules.Testing;
using Xunit;

namespace HotAudit.Rules.Tests.Packs;

/// <summary>The YAML rules SCD-01..03 and <see cref="SignatureCustomData"/> judge every custom data value alike.</summary>
public sealed class CustomDataRulesAgreementTests
{
    private static readonly RuleSet Shipped = RuleSetLoader.Load([RepoPaths.Rules]);

    private static readonly string[] Codes =
        ["", "N", "T", "B", "X", "t", "0", "N0", "N1", "T0", "T1", "B0", "B1", "T2", "t0", "X1", "11", "TB", "T01", "NN", "B 1", "Ｔ0"];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (role, rule) in new[] { ("developer", "SCD-01"), ("tester", "SCD-02"), ("distributor", "SCD-03"), ("检测者", "SCD-02") })
        {
            foreach (var code in Codes)
            {
                data.Add(role, rule, code);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_CustomDataCode_FiresExactlyWhenParserRejects(string role, string ruleId, string code)
    {
        SignerRoles.TryParse(role, out var parsedRole).Should().BeTrue();
        var parserRejects = !SignatureCustomData.Parse(parsedRole, code).IsValid;

        RuleFires(Shipped.Rules.Single(r => r.Id == ruleId), role, code).Should().Be(parserRejects,
            $"{ruleId} and SignatureCustomData must agree on {role} custom data '{code}'");
    }

    private static bool RuleFires(RuleDefinition rule, string role, string code)
    {
        var row = new Dictionary<string, string>
        {
            ["app_name"] = "App", ["app_version"] = "1.0", ["developer"] = "D", ["app_hash"] = "aa", ["signer_role"] = role, ["signer"] = "S",
        };
        if (code.Length > 0)
        {
            row["custom_data"] = code;
        }
        var example = new RuleExample("agreement", false,
            new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> { ["app_signatures"] = [row] },
            [], new SourceLocation("test", 1), new Dictionary<string, string>());
        return !RuleTester.Run(rule, example).Passed;
    }
}
