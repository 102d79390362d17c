using System.Text.Json;
using FluentAssertions;
using HotAudit.Anomalies;
using HotAudit.Assessment;
using HotAudit.Bench.Scenarios.Fleet;
using HotAudit.Signing;
using Xunit;

namespace HotAudit.Bench.Tests.Scenarios.Fleet;

/// <summary>An evaluator assesses the fleet case as it would any export: only the deliberately bad rows are rejected.</summary>
public sealed class FleetCaseAssessmentTests
{
    [Fact]
    public async Task Assess_FleetCase_RejectsOnlyTheBadRowsCountsEveryRepeatOnce()
    {
        // Given: a small case, its rows as written (repeats across files in both logs), five of them broken
        using var written = new FleetCase(seed: 3, budget: 60_000);
        var telemetry = written.Telemetry();
        var operations = written.Operations();
        var repeated = telemetry.Count - telemetry.Select(r => r.Fields["event_id"]).Distinct().Count()
            + operations.Count - operations.Select(r => r["op_id"]).Distinct().Count();
        var outDir = Path.Combine(written.Dir, "hotaudit-out");

        // When
        var request = new AssessRequest { CaseDirectory = written.Dir, Out = outDir, Formats = ["json"], FailOn = null, RuleFolders = [ShippedRules.Folder] };
        var services = new AssessServices(TimeProvider.System, new PatchSignatureVerifier(), kept => new AnomalyMonitor(kept));
        var exit = await new AssessRunner(services, TextWriter.Null).RunAsync(request, CancellationToken.None);

        // Then
        exit.Should().Be(0);
        using var findings = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "findings.json")));
        var quality = findings.RootElement.GetProperty("data_quality");
        quality.GetProperty("rejected").GetInt32().Should().Be(TelemetryWriter.BadRows);
        quality.GetProperty("rejections").EnumerateArray().Select(r => r.GetProperty("field").GetString())
            .Should().BeEquivalentTo(["ts", "event", "device_id", "transport", "user_initiated"]);
        quality.GetProperty("rows_read").GetInt32().Should().Be(telemetry.Count + operations.Count);
        repeated.Should().BePositive();
        quality.GetProperty("duplicates").GetInt32().Should().Be(repeated);
        findings.RootElement.GetProperty("anomalies").GetArrayLength().Should().BePositive();
    }
}
