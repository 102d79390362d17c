using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using Xunit.Sdk;

namespace HotAudit.Cli.Tests;

/// <summary>
/// The conformance corpus (tests/conformance/case-5, copied from the shared one): for every rule id the project ships in
/// <c>rules/*.yaml</c>, exactly the expected subjects and counts, nothing extra; and the expected rejected rows.
/// Compared like score.py: subject keys of RULES.md, values as strings, a file by base name, a scope not compared.
/// </summary>
public sealed partial class ConformanceTests
{
    /// <summary>HU-ANM-01 is judged against anomaly days ("these and few others"), not exact subjects; score.py is run with --skip for it too.</summary>
    private static readonly HashSet<string> NotExact = ["HU-ANM-01"];

    [Theory]
    [InlineData("internal-case")]
    [InlineData("external-case")]
    public async Task Assess_ConformanceCase_ReportsExactlyTheExpectedFindingsOfShippedRules(string caseName)
    {
        // Given
        var caseDir = Path.Combine(RepoPaths.Conformance, "case-5", caseName);
        var expectedFile = Path.Combine(RepoPaths.Conformance, "case-5", caseName + ".expected.json");
        if (!Directory.Exists(caseDir) || !File.Exists(expectedFile))
        {
            throw new XunitException($"Conformance corpus missing: expected {caseDir} and {expectedFile} (tests/conformance of the repository {RepoPaths.Root}).");
        }

        var shipped = ShippedRuleIds().Except(NotExact).ToList();
        using var expectedDoc = JsonDocument.Parse(await File.ReadAllTextAsync(expectedFile));
        var expected = ExpectedFindings(expectedDoc.RootElement);
        var expectedRejected = expectedDoc.RootElement.GetProperty("rejected_rows").GetInt32();

        // When
        var result = await Assess.RunAsync(caseDir);

        // Then
        var diff = new StringBuilder();
        foreach (var rule in shipped)
        {
            Compare(rule, expected.Where(f => f.RuleId == rule).ToList(), result.Findings(rule), diff);
        }

        if (result.Rejected != expectedRejected)
        {
            diff.AppendLine($"rejected rows: tool {result.Rejected}, expected {expectedRejected} (sum of data_quality.files[].rejected)");
        }

        if (diff.Length > 0)
        {
            throw new XunitException($"{caseName}: differences for shipped rules {string.Join(", ", shipped)}:\n{diff}");
        }
    }

    /// <summary>Every <c>id:</c> value starting with HU- or SCD- in the repository's rules/*.yaml.</summary>
    private static List<string> ShippedRuleIds()
    {
        if (!Directory.Exists(RepoPaths.Rules))
        {
            throw new XunitException($"No rules folder at {RepoPaths.Rules}: the shipped rule ids are read from rules/*.yaml.");
        }

        var ids = Directory.EnumerateFiles(RepoPaths.Rules, "*.yaml", SearchOption.TopDirectoryOnly)
            .SelectMany(File.ReadLines)
            .Select(line => RuleId().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        return ids.Count > 0 ? ids : throw new XunitException($"No rule ids (id: HU-... or SCD-...) in {RepoPaths.Rules}/*.yaml.");
    }

    private static List<ReportedFinding> ExpectedFindings(JsonElement root) =>
        root.GetProperty("findings").EnumerateArray().Select(f => new ReportedFinding(
            f.GetProperty("rule_id").GetString()!,
            f.GetProperty("subject").EnumerateObject().ToDictionary(
                p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()),
            f.GetProperty("count").GetInt32())).ToList();

    private static void Compare(string rule, IReadOnlyList<ReportedFinding> expected, IReadOnlyList<ReportedFinding> reported, StringBuilder diff)
    {
        var want = expected.ToDictionary(Key, f => f.Count);
        var seen = new HashSet<string>();
        foreach (var f in reported)
        {
            var key = Key(f);
            if (!want.TryGetValue(key, out var count) || !seen.Add(key))
            {
                diff.AppendLine($"  {rule} extra     {key} (tool count {f.Count})");
            }
            else if (count != f.Count)
            {
                diff.AppendLine($"  {rule} count     {key}: tool {f.Count}, expected {count}");
            }
        }

        foreach (var (key, count) in want.Where(w => !seen.Contains(w.Key)))
        {
            diff.AppendLine($"  {rule} missing   {key} (expected count {count})");
        }
    }

    /// <summary>The subject on RULES.md's keys for the rule (all keys for a rule RULES.md does not name), normalized.</summary>
    private static string Key(ReportedFinding f)
    {
        var keys = SubjectKeys.For(f.RuleId) ?? f.Subject.Keys.Order(StringComparer.Ordinal).ToList();
        return string.Join(", ", keys.Select(k => $"{k}={SubjectKeys.Normalize(k, f.Subject.GetValueOrDefault(k))}"));
    }

    // The family part is optional: HU-SIL-01 has one, SCD-01 has none.
    [GeneratedRegex(@"^\s*-?\s*id:\s*[""']?((?:HU|SCD)(?:-[A-Z]+)?-\d+)")]
    private static partial Regex RuleId();
}
