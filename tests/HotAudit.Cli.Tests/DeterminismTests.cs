using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;

namespace HotAudit.Cli.Tests;

/// <summary>Security teams diff nightly runs: the same inputs give the same findings.json, whatever order threads finish in.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public async Task Assess_SameCaseTwice_IdenticalFindingsJson()
    {
        // Given: the peer's internal case (three telemetry files in three formats, read in parallel)
        var caseDir = Path.Combine(RepoPaths.Conformance, "case-5", "internal-case");
        var outs = new[] { Temp(), Temp() };

        // When
        foreach (var o in outs)
        {
            (await Program.Main(["assess", caseDir, "--out", o, "--format", "json", "--fail-on", "none"])).Should().Be(0);
        }

        // Then
        var texts = outs.Select(RunFindings.Comparable).ToList();
        texts[1].Should().Be(texts[0]);
        foreach (var o in outs)
        {
            Directory.Delete(o, true);
        }
    }

    private static string Temp() => Path.Combine(Path.GetTempPath(), "hotaudit-tests", "det-" + Guid.NewGuid().ToString("N"));

}
