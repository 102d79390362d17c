using System.IO.Compression;
using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>
/// A 200 MB line (CSV, JSON Lines) and a gzip line bomb, generated here: the real executable under a 1 GiB heap limit
/// ends normally with a rejection naming the limit, its peak resident set under 1 GiB.
/// </summary>
public sealed class HugeInputTests : IDisposable
{
    private const long TwoHundredMb = 200L * 1000 * 1000;
    private readonly CaseDirectory dir = new CaseBuilder().Telemetry(new Device("com.a", "5.2.0", "d1").Denied(T0), new Device("com.a", "5.2.0", "d1").DownloadStart("p1", T0.AddMinutes(1))).Build();

    private string OutDir => Path.Combine(dir.Path, "out");

    private async Task AssertEndsWithinMemoryAsync(string expected)
    {
        var (exit, peak, output) = await HugeInputProcess.AssessAsync(dir.Path, OutDir);

        exit.Should().BeInRange(0, 2, output);
        peak.Should().BeGreaterThan(0).And.BeLessThan(HugeInputProcess.OneGiB, output);
        (await File.ReadAllTextAsync(Path.Combine(OutDir, "findings.json"))).Should().Contain(expected);
    }

    [Fact]
    public async Task Assess_CsvWithA200MbLine_RejectsTheLineWithinOneGiB()
    {
        using (var file = File.Create(Path.Combine(dir.Path, "telemetry-huge.csv")))
        {
            HugeInputProcess.WriteLong(file, "ts,event_id,app_id,app_version,platform,device_id,event\n2026-05-01 10:00:00,h1,com.a,5.2.0,android,", TwoHundredMb, (byte)'q', ",denied\n");
        }

        await AssertEndsWithinMemoryAsync("line longer than 1 MiB (limit MaxLineBytes)");
    }

    [Fact]
    public async Task Assess_JsonLinesWithA200MbLine_RejectsTheLineWithinOneGiB()
    {
        using (var file = File.Create(Path.Combine(dir.Path, "telemetry-huge.jsonl")))
        {
            HugeInputProcess.WriteLong(file, "{\"event_id\":\"h1\",\"device_id\":\"", TwoHundredMb, (byte)'q', "\"}\n");
        }

        await AssertEndsWithinMemoryAsync("line longer than 1 MiB (limit MaxLineBytes)");
    }

    [Fact]
    public async Task Assess_GzipLineBomb_StopsTheFileNamingTheLimitWithinOneGiB()
    {
        using (var gz = new GZipStream(File.Create(Path.Combine(dir.Path, "telemetry-bomb.csv.gz")), CompressionLevel.SmallestSize))
        {
            HugeInputProcess.WriteLong(gz, "ts,event_id,app_id,app_version,platform,device_id,event\n", 300L << 20, (byte)'a', "");
        }

        await AssertEndsWithinMemoryAsync("(limit GzipMaxRatio)");
    }

    public void Dispose() => dir.Dispose();
}
