using System.Text.Json;
using FluentAssertions;
using HotAudit.Anomalies;
using HotAudit.Assessment;
using HotAudit.Signing;
using Xunit;

namespace HotAudit.Bench.Tests.Scenarios.Operator;

/// <summary>An evaluator assesses the family's case as it would any export: no row may be rejected.</summary>
public sealed class OperatorCaseAssessmentTests
{
    [Fact]
    public async Task Assess_OperatorCase_ReadsEveryRowRejectsNoneDropsTheRepeatedEvents()
    {
        // Given: a small case and its telemetry as written (some events delivered twice, into two files)
        using var written = new WrittenCase(seed: 3, budget: 60_000);
        var telemetry = written.Telemetry();
        var repeated = telemetry.Count - telemetry.Select(r => r.Fields["event_id"]).Distinct().Count();
        var operations = written.Operations().Count;
        var outDir = Path.Combine(written.Dir, "hotaudit-out");

        // When
        var request = new AssessRequest { CaseDirectory = written.Dir, Out = outDir, Formats = ["json"], FailOn = null, RuleFolders = [ShippedRules.Folder] };
        var services = new AssessServices(TimeProvider.System, new PatchSignatureVerifier(), kept => new AnomalyMonitor(kept));
        var exit = await new AssessRunner(services, TextWriter.Null).RunAsync(request, CancellationToken.None);

        // Then
        exit.Should().Be(0);
        using var findings = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "findings.json")));
        var quality = findings.RootElement.GetProperty("data_quality");
        quality.GetProperty("rejected").GetInt32().Should().Be(0);
        quality.GetProperty("rows_read").GetInt32().Should().Be(telemetry.Count + operations);
        repeated.Should().BePositive();
        quality.GetProperty("duplicates").GetInt32().Should().Be(repeated);
    }
}
