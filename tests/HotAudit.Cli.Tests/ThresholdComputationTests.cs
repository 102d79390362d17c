using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;
using Xunit.Sdk;

namespace HotAudit.Cli.Tests;

/// <summary>
/// Every finding of a threshold rule (kind share, window, span or gaps in rules/*.yaml) in the conformance cases shows
/// its arithmetic in findings.json: measure, base, threshold and unit, consistent with its count.
/// </summary>
public sealed partial class ThresholdComputationTests
{
    [Theory]
    [InlineData("internal-case")]
    [InlineData("external-case")]
    public async Task Assess_ConformanceCase_EveryThresholdFindingCarriesMeasureBaseAndThreshold(string caseName)
    {
        // Given
        var caseDir = Path.Combine(RepoPaths.Conformance, "case-5", caseName);
        if (!Directory.Exists(caseDir))
        {
            throw new XunitException($"Conformance corpus missing: expected {caseDir}.");
        }
        var thresholdRules = ThresholdRules();
        var outDir = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "thr-" + Guid.NewGuid().ToString("N"));

        try
        {
            // When
            await global::HotAudit.Cli.Program.Main(["assess", caseDir, "--out", outDir, "--format", "json"]);
            using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "findings.json")));

            // Then
            var findings = doc.RootElement.GetProperty("findings").EnumerateArray()
                .Where(f => thresholdRules.ContainsKey(f.GetProperty("rule_id").GetString()!)).ToList();
            findings.Should().NotBeEmpty("the conformance cases have threshold findings (HU-FRQ-..)");
            foreach (var f in findings)
            {
                ShouldShowItsArithmetic(f, thresholdRules[f.GetProperty("rule_id").GetString()!]);
            }
        }
        finally
        {
            if (Directory.Exists(outDir))
            {
                Directory.Delete(outDir, recursive: true);
            }
        }
    }

    private static void ShouldShowItsArithmetic(JsonElement f, string kind)
    {
        var id = f.GetProperty("rule_id").GetString() + " " + f.GetProperty("subject");
        f.TryGetProperty("measure", out var measure).Should().BeTrue($"{id} is a {kind} finding");
        f.TryGetProperty("base", out var @base).Should().BeTrue(id);
        f.TryGetProperty("threshold", out var threshold).Should().BeTrue(id);
        f.GetProperty("unit").GetString().Should().NotBeNullOrEmpty(id);
        var count = f.GetProperty("count").GetDouble();
        if (kind == "share")
        {
            measure.GetDouble().Should().BeApproximately(count / @base.GetDouble(), 1e-6, $"{id}: the share is count of base");
            measure.GetDouble().Should().BeGreaterThan(threshold.GetDouble(), id);
        }
        else
        {
            measure.GetDouble().Should().Be(count, id);
        }
    }

    /// <summary>Rule id → kind, for the threshold kinds in rules/*.yaml.</summary>
    private static Dictionary<string, string> ThresholdRules()
    {
        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Rules, "*.yaml"))
        {
            string? id = null;
            foreach (var line in File.ReadLines(file))
            {
                if (IdLine().Match(line) is { Success: true } m)
                {
                    id = m.Groups[1].Value;
                }
                else if (KindLine().Match(line) is { Success: true } k && id is not null)
                {
                    rules[id] = k.Groups[1].Value;
                }
            }
        }
        return rules;
    }

    [GeneratedRegex(@"^  - id: ((?:HU|SCD)-[A-Z]+-\d+)")]
    private static partial Regex IdLine();

    [GeneratedRegex(@"^    kind: (share|window|span|gaps)\s*$")]
    private static partial Regex KindLine();
}
