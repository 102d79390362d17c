using FluentAssertions;

namespace HotAudit.Cli.Tests.Support;

/// <summary>Runs <c>hotaudit assess CASE --out DIR --format json</c> in-process and reads back findings.json.</summary>
internal static class Assess
{
    public static async Task<AssessResult> RunAsync(string caseDir, params string[] options)
    {
        var outDir = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "out-" + Guid.NewGuid().ToString("N"));
        try
        {
            var exit = await global::HotAudit.Cli.Program.Main(["assess", caseDir, "--out", outDir, "--format", "json", .. options]);
            var path = Path.Combine(outDir, "findings.json");
            exit.Should().BeOneOf([0, 1], $"assess of {caseDir} must succeed (0 or 1), not fail with a usage or input error");
            File.Exists(path).Should().BeTrue($"assess exited {exit} but wrote no {path}");
            var result = AssessResult.Parse(exit, await File.ReadAllTextAsync(path));
            ShouldUseContractSubjects(result);
            return result;
        }
        finally
        {
            if (Directory.Exists(outDir))
            {
                Directory.Delete(outDir, recursive: true);
            }
        }
    }

    public static Task<AssessResult> RunAsync(CaseDirectory caseDir, params string[] options) =>
        RunAsync(caseDir.Path, options);

    /// <summary>OUTPUTS.md: the keys in <c>subject</c> are exactly those RULES.md names for the rule.</summary>
    private static void ShouldUseContractSubjects(AssessResult result)
    {
        foreach (var finding in result.All)
        {
            var keys = SubjectKeys.For(finding.RuleId);
            if (keys is not null)
            {
                finding.Subject.Keys.Should().BeEquivalentTo(keys, $"the subject keys of {finding.RuleId} are RULES.md's ({finding})");
            }
        }
    }
}
