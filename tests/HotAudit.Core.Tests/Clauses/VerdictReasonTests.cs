using FluentAssertions;
using HotAudit.Core.Assessment;
using HotAudit.Core.Clauses;
using HotAudit.Core.Contract;
using HotAudit.Core.Rules;
using Xunit;

namespace HotAudit.Core.Tests.Clauses;

/// <summary>Each clause's reason comes in Chinese as well as English; the English one stays what findings.json has always said.</summary>
public sealed class VerdictReasonTests
{
    private static ClauseDefinition Clause(string id, ClauseScope scope, bool manual = false, params InputKind[] needs) =>
        new(id, new LocalizedText("标题", "title"), Strength.Shall, scope, manual, needs, false, false, "summary", []);

    private static ClauseResult Decide(ClauseDefinition clause, Scenario scenario = Scenario.Internal) =>
        VerdictCalculator.Decide(new VerdictInput([clause], scenario, [], new Dictionary<string, LocalizedText>(), [],
            new Dictionary<string, Attestation>(), new HashSet<InputKind> { InputKind.Telemetry })).Single();

    [Fact]
    public void Decide_ExternalClauseInternalCase_OutOfScopeInBothLanguages()
    {
        var result = Decide(Clause("HU 7.2 a", ClauseScope.External));

        result.Reason.Should().Be("out of scope: clause 7.2 applies to the external scenario");
        result.ReasonText.Zh.Should().Be("范围外: 7.2 条适用于外部提供场景");
    }

    [Fact]
    public void Decide_ManualClauseWithoutAttestation_NeedsAnAttestationInBothLanguages()
    {
        var result = Decide(Clause("HU 6 a", ClauseScope.All, manual: true));

        result.Verdict.Should().Be(Verdict.Manual);
        result.Reason.Should().Be("needs an attestation: no log can show it");
        result.ReasonText.Zh.Should().Be("需要核查声明: 日志无法证明");
    }

    [Fact]
    public void Decide_NeededInputMissing_InsufficientEvidenceNamingIt()
    {
        var result = Decide(Clause("HU 7.1 a", ClauseScope.Internal, false, InputKind.Operations));

        result.Verdict.Should().Be(Verdict.InsufficientEvidence);
        result.Reason.Should().Be("no operations data");
        result.ReasonText.Zh.Should().Be("没有 operations 数据");
    }
}
