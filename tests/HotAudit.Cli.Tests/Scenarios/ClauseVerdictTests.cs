using System.Text.Json;
using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>Clause verdicts as CLAUSES.md decides them: missing evidence is never a pass, basis-N findings never change a verdict.</summary>
public sealed class ClauseVerdictTests
{
    private static readonly string[] Roster =
    [
        "operator,role,permissions,valid_from,valid_to",
        "dev1,developer,upload;approve,2026-01-01,",
        "sec1,security,review,2026-01-01,",
        "lead1,lead,approve,2026-01-01,",
        "rel1,release,publish;rollback,2026-01-01,",
    ];

    [Fact]
    public async Task Assess_InternalCaseWithoutRoster_AuthorizationInsufficientNotConformant()
    {
        // Given: a clean release cycle, but no operator roster
        using var dir = new CaseBuilder().WithCaseFile(scenario: "internal").Operations(Cycle("p1", T0)).Telemetry(Device(T0)).Build();

        // When
        var clauses = await ClausesAsync(dir.Path);

        // Then
        clauses["HU 7.1 a"].Verdict.Should().Be("insufficient_evidence");
        clauses["HU 7.1 a"].Reason.Should().Contain("operators");
        clauses["HU 7.1 c"].Verdict.Should().Be("conformant");
        clauses["HU 7.2 a"].Verdict.Should().Be("not_applicable");
    }

    [Fact]
    public async Task Assess_ExternalCaseWithoutRegisters_ClausesNeedingThemInsufficientOrManual()
    {
        // Given: external scenario, no tenants, no vulnerability register
        using var dir = new CaseBuilder().WithCaseFile(scenario: "external").Operations(Cycle("p1", T0)).Telemetry(Device(T0)).Build();

        // When
        var clauses = await ClausesAsync(dir.Path);

        // Then
        clauses["HU 7.2 a"].Verdict.Should().Be("insufficient_evidence");
        clauses["HU 7.2 c"].Verdict.Should().Be("insufficient_evidence");
        clauses["HU 7.2 h"].Verdict.Should().Be("insufficient_evidence");
        clauses["HU 7.2 b"].Verdict.Should().Be("manual", "7.2 b falls back to an attestation without tenant data");
        clauses["HU 7.2 d"].Verdict.Should().Be("manual");
        clauses["HU 7.1 a"].Verdict.Should().Be("not_applicable");
    }

    [Fact]
    public async Task Assess_OnlyABasisNFinding_ClauseStaysConformantAndTesterCodeZero()
    {
        // Given: dev1 (allowed to approve) uploads and approves its own patch: HU-GOV-03 (basis N) only, in a log
        // that reaches back 200 days (HU-LOG-02 silent)
        var ops = Cycle("p1", T0).Select(o => o.Action == "approve" ? o with { Operator = "dev1" } : o)
            .Prepend(Ops.Row("log_export", T0.AddDays(-200), "com.a", null, null, "audit1")).ToArray();
        using var dir = new CaseBuilder().WithCaseFile(scenario: "internal").Roster(Roster).Operations(ops).Telemetry(Device(T0)).Build();

        // When
        var (clauses, root) = await AssessAsync(dir.Path);

        // Then
        root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule_id").GetString()).Should().Contain("HU-GOV-03");
        clauses["HU 7.1 a"].Verdict.Should().Be("conformant");
        root.GetProperty("tester_code").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "HU 6 a and 6 c wait for an attestation");
        root.GetProperty("tester_code_provisional").GetString().Should().Be("B0", "a basis-N finding of medium severity does not make the result 1");
    }

    private static OperationRow[] Cycle(string patch, DateTimeOffset t) =>
    [
        Ops.Upload("com.a", "1.0", patch, t.AddHours(-5)), Ops.Review("com.a", "1.0", patch, t.AddHours(-4)),
        Ops.ApprovalRequest("com.a", "1.0", patch, t.AddHours(-3)), Ops.Approve("com.a", "1.0", patch, t.AddHours(-2)),
        Ops.Publish("com.a", "1.0", patch, t.AddHours(-1)),
    ];

    private static TelemetryEvent[] Device(DateTimeOffset t)
    {
        var d = new Device("com.a", "1.0", "d1");
        return [d.Granted(t), d.Check(t.AddMinutes(1))];
    }

    private static async Task<Dictionary<string, (string Verdict, string Reason)>> ClausesAsync(string caseDir) => (await AssessAsync(caseDir)).Clauses;

    private static async Task<(Dictionary<string, (string Verdict, string Reason)> Clauses, JsonElement Root)> AssessAsync(string caseDir)
    {
        var outDir = Path.Combine(caseDir, "out");
        var exit = await Program.Main(["assess", caseDir, "--out", outDir, "--format", "json", "--fail-on", "none"]);
        exit.Should().Be(0);
        var root = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(outDir, "findings.json"))).RootElement;
        var clauses = root.GetProperty("clauses").EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => (c.GetProperty("verdict").GetString()!, c.GetProperty("reason").GetString()!));
        return (clauses, root);
    }
}
