using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>Pack signature-custom-data: SCD-01..04 (T/TAF 084.4), exact subjects and counts, worked out from RULES.md alone.</summary>
public sealed class SignatureCustomDataTests
{
    [Fact]
    public async Task Assess_CustomDataOfEachSignerRole_FiresScd01To03PerSigner()
    {
        // Given: roles in English in any case and in Chinese
        using var dir = Case(
            Sig("Alpha", "1.0", "developer", "AlphaCo", null),     // empty: silent
            Sig("Alpha", "1.0", "developer", "DevX", "N"),         // SCD-01
            Sig("Alpha", "1.0", "Developer", "DevY", "T"),         // SCD-01
            Sig("Alpha", "1.0", "开发者", "DevZ", "B"),              // SCD-01
            Sig("Alpha", "1.0", "tester", "LabA", "B0"),           // valid
            Sig("Alpha", "1.0", "TESTER", "LabF", "N0"),           // valid
            Sig("Alpha", "1.0", "检测者", "LabG", "T0"),             // valid
            Sig("Alpha", "1.0", "tester", "LabB", "X1"),           // SCD-02: basis not N/T/B
            Sig("Alpha", "1.0", "tester", "LabC", "N"),            // SCD-02: one char
            Sig("Alpha", "1.0", "tester", "LabD", null),           // SCD-02: empty
            Sig("Alpha", "1.0", "tester", "LabE", "N2"),           // SCD-02: result not 0/1
            Sig("Alpha", "1.0", "tester", "LabH", "N01"),          // SCD-02: three chars
            Sig("Alpha", "1.0", "distributor", "StoreA", "N"),     // valid
            Sig("Alpha", "1.0", "DISTRIBUTOR", "StoreF", "B"),     // valid
            Sig("Alpha", "1.0", "分发者", "StoreE", "T"),             // valid
            Sig("Alpha", "1.0", "distributor", "StoreB", "NN"),    // SCD-03: two chars
            Sig("Alpha", "1.0", "distributor", "StoreC", null),    // SCD-03: empty
            Sig("Alpha", "1.0", "distributor", "StoreD", "X"),     // SCD-03
            Sig("Alpha", "1.0", "auditor", "Someone", "whatever"), // not a signer role of the standard
            Sig("Alpha", "2.0", "developer", "DevX", "N"));        // another version: its own subject

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(RulePacks.SignatureCustomData).Should().BeEquivalentTo(
            Expect.Finding("SCD-01", 1, "Alpha", "1.0", "DevX"),
            Expect.Finding("SCD-01", 1, "Alpha", "1.0", "DevY"),
            Expect.Finding("SCD-01", 1, "Alpha", "1.0", "DevZ"),
            Expect.Finding("SCD-01", 1, "Alpha", "2.0", "DevX"),
            Expect.Finding("SCD-02", 1, "Alpha", "1.0", "LabB"),
            Expect.Finding("SCD-02", 1, "Alpha", "1.0", "LabC"),
            Expect.Finding("SCD-02", 1, "Alpha", "1.0", "LabD"),
            Expect.Finding("SCD-02", 1, "Alpha", "1.0", "LabE"),
            Expect.Finding("SCD-02", 1, "Alpha", "1.0", "LabH"),
            Expect.Finding("SCD-03", 1, "Alpha", "1.0", "StoreB"),
            Expect.Finding("SCD-03", 1, "Alpha", "1.0", "StoreC"),
            Expect.Finding("SCD-03", 1, "Alpha", "1.0", "StoreD"));
    }

    [Fact]
    public async Task Assess_DistributorSignedAVersionWhoseTesterResultIsOne_FiresScd04()
    {
        // Given
        using var dir = Case(
            Sig("Beta", "2.0", "tester", "LabA", "T1"), Sig("Beta", "2.0", "distributor", "StoreA", "N"),       // SCD-04
            Sig("Gamma", "3.0", "tester", "LabA", "X1"), Sig("Gamma", "3.0", "distributor", "StoreA", "N"),     // malformed: no result
            Sig("Delta", "4.0", "tester", "LabA", "N1"),                                                          // no distributor
            Sig("Beta", "2.1", "distributor", "StoreA", "N"),                                                     // the 1 is 2.0's
            Sig("Zeta", "6.0", "tester", "LabA", "B0"), Sig("Zeta", "6.0", "distributor", "StoreA", "B"),       // result 0
            Sig("Eta", "7.0", "tester", "LabA", "B1"), Sig("Eta", "7.0", "distributor", "StoreA", "B"),         // SCD-04,
            Sig("Eta", "7.0", "distributor", "StoreB", "N"),                                                      // once per version
            Sig("Epsilon", "5.0", "检测者", "LabA", "B1"), Sig("Epsilon", "5.0", "分发者", "StoreA", "BB"));        // SCD-04 and SCD-03

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(RulePacks.SignatureCustomData).Should().BeEquivalentTo(
            Expect.Finding("SCD-04", 1, "Beta", "2.0"),
            Expect.Finding("SCD-04", 1, "Eta", "7.0"),
            Expect.Finding("SCD-04", 1, "Epsilon", "5.0"),
            Expect.Finding("SCD-02", 1, "Gamma", "3.0", "LabA"),
            Expect.Finding("SCD-03", 1, "Epsilon", "5.0", "StoreA"));
    }

    [Fact]
    public async Task Assess_RolesAndCustomDataWithSurroundingSpaces_AreTrimmedBeforeJudging()
    {
        // Given: values are trimmed, and a value empty after trimming is absent
        using var dir = Case(
            Sig("Theta", "1.0", " developer ", "DevA", "   "),   // empty: silent
            Sig("Theta", "1.0", " Tester", "LabA", " T1 "),       // valid, result 1
            Sig("Theta", "1.0", "分发者 ", "StoreA", " N"));        // valid; SCD-04 from LabA's 1

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(RulePacks.SignatureCustomData).Should().BeEquivalentTo(Expect.Finding("SCD-04", 1, "Theta", "1.0"));
    }

    private static AppSignatureRow Sig(string app, string version, string role, string signer, string? customData) =>
        new(app, version, role, signer, customData);

    /// <summary>A case with a one-row operation log (so there is evidence to assess) and the given signature records.</summary>
    private static CaseDirectory Case(params AppSignatureRow[] rows) =>
        new CaseBuilder().Operations(Ops.Row("log_export", T0, "com.a", null, null, "audit1")).Build().WithAppSignatures(rows);
}
