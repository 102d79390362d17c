using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>A case with no usable rows is reported without inventing a period or a pass, and exits 2: nothing was assessed.</summary>
public sealed class EmptyCaseTests
{
    [Fact]
    public async Task Assess_HeaderOnlyTelemetry_NoPeriodNothingConformantExitsTwo()
    {
        // Given: a telemetry file with a header and no rows
        var dir = Directory.CreateTempSubdirectory("hotaudit-empty-").FullName;
        await File.WriteAllTextAsync(Path.Combine(dir, "telemetry.csv"), "ts,app_id,device_id,event\n");
        var outDir = Path.Combine(dir, "out");

        // When
        var exit = await Program.Main(["assess", dir, "--out", outDir, "--format", "json,xlsx"]);

        // Then
        exit.Should().Be(2);
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(outDir, "findings.json")));
        var period = json.RootElement.GetProperty("case").GetProperty("period");
        period.GetProperty("from").ValueKind.Should().Be(JsonValueKind.Null);
        json.RootElement.GetProperty("clauses").EnumerateArray().Select(c => c.GetProperty("verdict").GetString())
            .Should().NotContain("conformant");
        json.RootElement.GetProperty("tester_code").ValueKind.Should().Be(JsonValueKind.Null);
        Directory.Delete(dir, true);
    }
}
