using System.Text.Json;
using FluentAssertions;
using HotAudit.Anomalies;
using HotAudit.Signing;
using Xunit;

namespace HotAudit.Assessment.Tests;

/// <summary>A platform's operation log alone is enough for the monitor's publish, rollback and operator features (clause 7.2 f).</summary>
public sealed class OperationLogMonitorTests : IDisposable
{
    private readonly string _case = Directory.CreateTempSubdirectory("hotaudit-oplog-case-").FullName;
    private readonly string _out = Directory.CreateTempSubdirectory("hotaudit-oplog-out-").FullName;

    [Fact]
    public async Task RunAsync_OperationLogWithoutTelemetry_MonitorJudgesAndFlagsTheBursts()
    {
        // Given: the quickstart without its telemetry files (operation log, operators and patches kept)
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Samples, "quickstart")))
        {
            if (!Path.GetFileName(file).StartsWith("telemetry", StringComparison.Ordinal))
            {
                File.Copy(file, Path.Combine(_case, Path.GetFileName(file)));
            }
        }
        var services = new AssessServices(TimeProvider.System, new PatchSignatureVerifier(), kept => new AnomalyMonitor(kept));

        // When
        await new AssessRunner(services, TextWriter.Null).RunAsync(new AssessRequest
        {
            CaseDirectory = _case, Out = _out, Formats = ["json"], RuleFolders = [RepoPaths.Rules],
        }, CancellationToken.None);

        // Then: the monitor is judged, and flags the 4-publish day of news 3.0.0 and the 3-rollback day of shop 5.1.0
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_out, "findings.json")));
        json.RootElement.GetProperty("rules_not_judged").TryGetProperty("HU-ANM-01", out _).Should().BeFalse();
        var flagged = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("rule_id").GetString() == "HU-ANM-01")
            .Select(f => f.GetProperty("subject"))
            .Select(s => $"{s.GetProperty("app_id").GetString()} {s.GetProperty("app_version").GetString()} {s.GetProperty("day").GetString()}");
        flagged.Should().Contain(["com.acme.news 3.0.0 2026-09-15", "com.acme.shop 5.1.0 2026-09-12"]);
    }

    public void Dispose()
    {
        Directory.Delete(_case, true);
        Directory.Delete(_out, true);
    }
}
