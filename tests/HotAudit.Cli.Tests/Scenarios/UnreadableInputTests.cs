using System.Text.Json;
using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>A file that cannot be read stops only what depends on it: the rest is assessed and reported, and the run exits 2.</summary>
public sealed class UnreadableInputTests
{
    [Fact]
    public async Task Assess_CorruptGzipBesideGoodFile_ReportsTheRestAndExitsTwo()
    {
        // Given: a readable telemetry file with a silent background apply, and a .gz that is not gzip
        var d = new Device("com.a", "5.2.0", "d1");
        using var dir = new CaseBuilder().Telemetry(d.Granted(T0), d.ApplySuccess("p1", T0.AddMinutes(5)) with { AppState = "background" }).Build();
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "telemetry-late.csv.gz"), "this is not gzip");
        var outDir = Path.Combine(dir.Path, "out");

        // When
        var exit = await Program.Main(["assess", dir.Path, "--out", outDir, "--format", "json,xlsx"]);

        // Then
        exit.Should().Be(2);
        File.Exists(Path.Combine(outDir, "report.xlsx")).Should().BeTrue();
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(outDir, "findings.json")));
        var files = json.RootElement.GetProperty("data_quality").GetProperty("files").EnumerateArray().ToList();
        files.Single(f => f.GetProperty("file").GetString() == "telemetry-late.csv.gz").GetProperty("error").GetString().Should().NotBeNullOrEmpty();
        json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule_id").GetString()).Should().Contain("HU-SIL-01");
        Directory.GetFiles(outDir).Should().OnlyContain(f => f.EndsWith("report.xlsx", StringComparison.Ordinal) || f.EndsWith("findings.json", StringComparison.Ordinal));
    }
}
