using System.IO.Compression;
using System.Text;
using FluentAssertions;

namespace HotAudit.Ingestion.Tests;

/// <summary>Read limits: an over-long line is a rejected row naming the limit, the rows around it are read; a .gz that inflates too far stops with the limit named.</summary>
public sealed class LimitTests
{
    private static string LongValue(int bytes) => new('z', bytes);

    [Fact]
    public void Read_CsvLineLongerThanTheLimit_RejectedWithItsLineAndTheRowsAroundItRead()
    {
        using var tc = new TempCase().Text("telemetry.csv",
            Csv.Lines(Csv.TelemetryHeader, Csv.Telemetry("e1"), Csv.Telemetry("e2", ("device_id", LongValue(3 << 20))), Csv.Telemetry("e3")));

        var (result, sink, _) = tc.Read();

        sink.Records.Should().HaveCount(2);
        result.Rejections.Should().ContainSingle().Which.Should().Be(new Core.Quality.Rejection("telemetry.csv", 3, "line", "line longer than 1 MiB (limit MaxLineBytes); skipped"));
        result.Errors.Should().BeEmpty();
    }

    [Fact]
    public void Read_JsonLinesLineLongerThanTheLimitWithCrlf_RejectedWithItsLineAndTheNextLineRead()
    {
        const string Row = """{"ts":"2026-05-01 10:00:00","event_id":"ID","app_id":"com.a","app_version":"5.2.0","platform":"android","device_id":"DEV","event":"download_start","patch_id":"p1","app_state":"foreground","transport":"https","user_initiated":false,"signature_present":true,"install_mode":"immediate"}""";
        var text = string.Join("\r\n", Row.Replace("ID", "e1"), Row.Replace("ID", "e2").Replace("DEV", LongValue(2 << 20)), Row.Replace("ID", "e3"));
        using var tc = new TempCase().Text("telemetry.jsonl", text);

        var (result, sink, _) = tc.Read();

        sink.Records.Should().HaveCount(2);
        result.Rejections.Should().ContainSingle().Which.Line.Should().Be(2);
        result.Rejections[0].Reason.Should().Contain("MaxLineBytes");
    }

    [Fact]
    public void Read_CaseFileLimits_ApplyToTheCase()
    {
        using var tc = new TempCase()
            .Text("hotaudit.case.yaml", "limits:\n  max_line_bytes: 1024\n")
            .Text("telemetry.csv", Csv.Lines(Csv.TelemetryHeader, Csv.Telemetry("e1"), Csv.Telemetry("e2", ("device_id", LongValue(2000)))));

        var (result, sink, _) = tc.Read();

        sink.Records.Should().ContainSingle();
        result.Rejections.Should().ContainSingle().Which.Reason.Should().Be("line longer than 1 KiB (limit MaxLineBytes); skipped");
    }

    [Fact]
    public void Discover_CaseFileLimitNotANumber_FailsNamingTheKey()
    {
        using var tc = new TempCase().Text("hotaudit.case.yaml", "limits:\n  gzip_max_ratio: lots\n");

        var act = () => CaseDiscovery.Discover(tc.Directory);

        act.Should().Throw<CaseInputException>().WithMessage("*limits.gzip_max_ratio 'lots'*");
    }

    [Fact]
    public void Read_GzipThatInflatesPastTheRatio_FileErrorNamingTheLimit()
    {
        using var tc = new TempCase();
        using (var gz = new GZipStream(File.Create(tc.Path("telemetry.csv.gz")), CompressionLevel.SmallestSize))
        {
            gz.Write(Encoding.UTF8.GetBytes(Csv.Lines(Csv.TelemetryHeader, Csv.Telemetry("e1"))));
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 40; i++)
            {
                gz.Write(zeros);
            }
        }

        var (result, _, _) = tc.Read();

        result.Errors.Should().ContainSingle().Which.Should().Be("telemetry.csv.gz: inflates more than 200 times its compressed size (limit GzipMaxRatio)");
    }

    [Fact]
    public void Within_WorkerCaps_TakeTheLowerOfEachLimit() =>
        new ReadLimits(4096, 10, 500).Within(new ReadLimits(1024, 100, 200)).Should().Be(new ReadLimits(1024, 10, 200));
}
