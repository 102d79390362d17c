using FluentAssertions;
using HotAudit.Rules.Packs;
using Xunit;

namespace HotAudit.Rules.Tests.Lint;

public sealed class RuleLinterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hotaudit-lint-").FullName;

    private const string Rule = """
        pack: p
        version: 1.0.0
        rules:
          - id: HU-X-01
            title: {zh: 甲, en: A}
            clauses: [HU 7.2 f]
            basis: T
            severity: high
            source: telemetry
            kind: match
            when: event == 'apply_success'
            subject: [app_id]
            count: devices
            rationale: r
            remediation: r
            examples:
              - name: fires
                fires: true
                telemetry:
                  - {ts: "2026-05-01 10:00:00", app_id: a, app_version: "1", device_id: d, event: apply_success, patch_id: p, app_state: foreground}
              - name: silent
                fires: false
                telemetry: []
        """;

    public RuleLinterTests() => File.Copy(Path.Combine(RepoPaths.Rules, "clauses.yaml"), Path.Combine(_dir, "clauses.yaml"));

    [Fact]
    public void Load_CleanRule_NoIssues() => Lint(Rule).Should().BeEmpty();

    [Theory]
    [InlineData("    count: devices", "    count: devices\n    colour: red", "p.yaml:14: unknown field 'colour' in rule HU-X-01")]
    [InlineData("[HU 7.2 f]", "[HU 7.2 z]", "unknown clause 'HU 7.2 z'")]
    [InlineData("event == 'apply_success'", "event == 'aply_success'", "'aply_success' is not a value of event")]
    [InlineData("    count: devices", "    count: devices\n    params:\n      max: {description: no default}", "parameter 'max' has no default")]
    [InlineData("      - name: silent\n        fires: false\n        telemetry: []", "", "needs at least one example that must fire and one that must not")]
    [InlineData("kind: match", "kind: sometimes", "kind must be one of")]
    public void Load_Mistake_ReportedWithFileAndLine(string from, string to, string message)
    {
        var issues = Lint(Rule.Replace(from, to, StringComparison.Ordinal));
        issues.Should().Contain(i => i.Contains(message, StringComparison.Ordinal));
        issues.Should().OnlyContain(i => i.StartsWith("p.yaml:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    public void Load_TildeAsAValue_ReadAsNull(string nothing)
    {
        var issues = Lint(Rule.Replace("when: event == 'apply_success'", $"when: {nothing}", StringComparison.Ordinal));

        issues.Should().Equal("p.yaml:4: missing 'when'");
    }

    [Fact]
    public void Load_TildeAsAnOptionalValue_LikeNoValue()
    {
        var issues = Lint(Rule.Replace("kind: match", "kind: absence\n    target: event == 'apply_success'\n    prior: event == 'verify_passed'\n    also_when: ~", StringComparison.Ordinal)
            .Replace("    when: event == 'apply_success'\n", "", StringComparison.Ordinal));

        issues.Should().BeEmpty();
    }

    [Fact]
    public void Load_QuotedTilde_IsText()
    {
        var issues = Lint(Rule.Replace("when: event == 'apply_success'", "when: \"~\"", StringComparison.Ordinal));

        issues.Should().ContainSingle().Which.Should().StartWith("p.yaml:").And.NotContain("missing 'when'");
    }

    [Fact]
    public void Load_DuplicateRuleId_Reported()
    {
        File.WriteAllText(Path.Combine(_dir, "q.yaml"), Rule.Replace("pack: p", "pack: q", StringComparison.Ordinal));
        Lint(Rule).Should().Contain(i => i.Contains("duplicate rule id HU-X-01", StringComparison.Ordinal));
    }

    private List<string> Lint(string yaml)
    {
        File.WriteAllText(Path.Combine(_dir, "p.yaml"), yaml);
        return RuleSetLoader.Load([_dir]).Issues.Select(i => i.ToString()).ToList();
    }

    public void Dispose() => Directory.Delete(_dir, true);
}
