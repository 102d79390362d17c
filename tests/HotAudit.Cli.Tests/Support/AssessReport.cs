using System.Text.Json;
using FluentAssertions;

namespace HotAudit.Cli.Tests.Support;

/// <summary>
/// Like <see cref="Assess"/>, but keeps the whole findings.json too, for the parts <see cref="AssessResult"/> does not
/// model (clause verdicts, <c>data_quality.issues</c>).
/// </summary>
internal sealed record AssessReport(AssessResult Result, JsonElement Root)
{
    public static async Task<AssessReport> RunAsync(CaseDirectory caseDir)
    {
        using var outFolder = new OutFolder();
        var exit = await outFolder.AssessAsync(caseDir, "--format", "json", "--fail-on", "none");
        exit.Should().Be(0, $"assess of {caseDir.Path} with --fail-on none must succeed");
        var json = await File.ReadAllTextAsync(outFolder.Report("findings.json"));
        var result = AssessResult.Parse(exit, json);
        foreach (var finding in result.All)
        {
            if (SubjectKeys.For(finding.RuleId) is { } keys)
            {
                finding.Subject.Keys.Should().BeEquivalentTo(keys, $"the subject keys of {finding.RuleId} are RULES.md's ({finding})");
            }
        }

        using var doc = JsonDocument.Parse(json);
        return new AssessReport(result, doc.RootElement.Clone());
    }

    /// <summary>The verdict of a clause, e.g. <c>HU 7.1 a</c>.</summary>
    public string Verdict(string clauseId) =>
        Root.GetProperty("clauses").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == clauseId).GetProperty("verdict").GetString()!;

    /// <summary>The entries of <c>data_quality.issues</c>, each as its raw JSON text (empty when there are none).</summary>
    public IReadOnlyList<string> Issues =>
        Root.TryGetProperty("data_quality", out var dq) && dq.TryGetProperty("issues", out var issues) && issues.ValueKind == JsonValueKind.Array
            ? issues.EnumerateArray().Select(i => i.GetRawText()).ToList()
            : [];
}
