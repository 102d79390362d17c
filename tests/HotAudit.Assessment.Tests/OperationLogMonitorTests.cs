using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace HotAudit.Assessment.Tests;

/// <summary>A platform's operation log alone is enough for the monitor's publish, rollback and operator features (clause 7.2 f).</summary>
public sealed class OperationLogMonitorTests : IDisposable
{
    private readonly MonitorCase _case = new();

    [Fact]
    public async Task RunAsync_OperationLogWithoutTelemetry_MonitorJudgesAndFlagsTheBursts()
    {
        // Given: the quickstart without its telemetry files (operation log, operators and patches kept)
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Samples, "quickstart")))
        {
            if (!Path.GetFileName(file).StartsWith("telemetry", StringComparison.Ordinal))
            {
                File.Copy(file, Path.Combine(_case.Folder, Path.GetFileName(file)));
            }
        }

        // When
        var root = await _case.AssessAsync();

        // Then: the monitor is judged, and flags the 4-publish day of news 3.0.0 and the 3-rollback day of shop 5.1.0
        root.GetProperty("rules_not_judged").TryGetProperty("HU-ANM-01", out _).Should().BeFalse();
        var flagged = root.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("rule_id").GetString() == "HU-ANM-01")
            .Select(f => f.GetProperty("subject"))
            .Select(s => $"{s.GetProperty("app_id").GetString()} {s.GetProperty("app_version").GetString()} {s.GetProperty("day").GetString()}");
        flagged.Should().Contain(["com.acme.news 3.0.0 2026-09-15", "com.acme.shop 5.1.0 2026-09-12"]);
    }

    [Fact]
    public async Task RunAsync_RollbackRowsNamingOnlyTheirPatch_CountOnThePatchsAppVersion()
    {
        // Given: the quickstart's operation log whose set_active and deactivate rows name the patch but neither the app
        // nor the app version (as some platforms export a rollback), no telemetry
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Samples, "quickstart")).Where(f => !Path.GetFileName(f).StartsWith("telemetry", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(_case.Folder, Path.GetFileName(file)));
        }
        var path = Path.Combine(_case.Folder, "operations.csv");
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var (action, app, version) = (Array.IndexOf(header, "action"), Array.IndexOf(header, "app_id"), Array.IndexOf(header, "app_version"));
        var stripped = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            if (cells[action] is "set_active" or "deactivate")
            {
                (cells[app], cells[version]) = ("", "");
                lines[i] = string.Join(',', cells);
                stripped++;
            }
        }
        stripped.Should().Be(3);
        File.WriteAllLines(path, lines);

        // When
        var root = await _case.AssessAsync();

        // Then: the three rollbacks still make shop 5.1.0's 2026-09-12 a flagged day
        var day = root.GetProperty("anomalies").EnumerateArray()
            .Single(a => a.GetProperty("app_version").GetString() == "5.1.0" && a.GetProperty("day").GetString() == "2026-09-12");
        day.GetProperty("features").GetProperty("rollbacks").GetProperty("value").GetDouble().Should().Be(3);
        day.GetProperty("flagged").GetBoolean().Should().BeTrue();
    }

    public void Dispose() => _case.Dispose();
}
