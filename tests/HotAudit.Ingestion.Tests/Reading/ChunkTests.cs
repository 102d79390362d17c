using System.Text;
using FluentAssertions;
using HotAudit.Core.Symbols;

namespace HotAudit.Ingestion.Tests;

/// <summary>
/// A telemetry file read in chunks (side by side, or on other machines) must give exactly what reading it whole gives:
/// the same rows with the same line numbers, rejections, issues and file report.
/// </summary>
public sealed class ChunkTests
{
    private const long Small = 700;

    [Fact]
    public void Read_CsvWithBomCrlfBlankLinesAndBadRows_ChunkedEqualsWhole()
    {
        using var tc = new TempCase().Text("telemetry.csv", Rows(400, crlf: true, blanks: true), new UTF8Encoding(true));

        AssertChunkedEqualsWhole(tc, expectChunks: true);
    }

    [Fact]
    public void Read_JsonLinesGb18030_ChunkedEqualsWhole()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var lines = Enumerable.Range(0, 300).Select(i => i % 37 == 0 ? "not json"
            : $$"""{"ts":"2026-05-01 10:{{i % 60:D2}}:00","event_id":"e{{i}}","app_id":"应用","app_version":"5.2.0","platform":"android","device_id":"设备-{{i % 17}}","event":"download_start","patch_id":"p1","app_state":"foreground","transport":"https","user_initiated":false,"signature_present":true,"install_mode":"immediate"}""");
        using var tc = new TempCase().Bytes("telemetry.jsonl", Encoding.GetEncoding(54936).GetBytes(string.Join("\n", lines) + "\n"));

        AssertChunkedEqualsWhole(tc, expectChunks: true);
    }

    [Fact]
    public void Read_CsvWithInvalidUtf8AfterTheEncodingSample_IssuesKeepTheirLines()
    {
        var text = Encoding.UTF8.GetBytes(Rows(12000, crlf: false, blanks: false));
        var at = text.Length - 500;
        while (text[at] != (byte)'d')
        {
            at++;
        }
        text[at] = 0xFF;
        using var tc = new TempCase().Bytes("telemetry.csv", text);

        var (whole, _) = AssertChunkedEqualsWhole(tc, expectChunks: true, chunkBytes: 64 << 10);

        whole.Issues.Should().ContainSingle().Which.Line.Should().BeGreaterThan(11900);
    }

    [Fact]
    public void Read_CsvWithALineLongerThanTheLimit_ChunkedEqualsWholeAndTheLineIsRejected()
    {
        var rows = Rows(3000, crlf: false, blanks: false).Split('\n').ToList();
        rows.Insert(1500, Csv.Telemetry("long", ("device_id", new string('q', 3 << 19))));
        using var tc = new TempCase().Text("telemetry.csv", string.Join('\n', rows));

        var (whole, _) = AssertChunkedEqualsWhole(tc, expectChunks: true, chunkBytes: 64 << 10);

        whole.Rejections.Should().Contain(r => r.Line == 1501 && r.Reason == "line longer than 1 MiB (limit MaxLineBytes); skipped");
    }

    [Theory]
    [InlineData("quoted")]
    [InlineData("lone-cr")]
    [InlineData("gzip")]
    public void Plan_FileThatCannotBeCutSafely_StaysWhole(string kind)
    {
        var rows = Rows(300, crlf: false, blanks: false);
        using var tc = new TempCase();
        _ = kind switch
        {
            "quoted" => tc.Text("telemetry.csv", rows.Replace("com.acme.pay", "\"com.acme.pay\"")),
            "lone-cr" => tc.Text("telemetry.csv", rows.Replace("\n", "\r")),
            _ => tc.Gzip("telemetry.csv.gz", rows),
        };

        var plan = ChunkPlanner.Plan(CaseDiscovery.Discover(tc.Directory), Small, 2);

        plan.Chunks.Should().ContainSingle().Which.IsWholeFile.Should().BeTrue();
        AssertChunkedEqualsWhole(tc, expectChunks: false);
    }

    [Fact]
    public void Plan_LargeFile_HashEqualsWholeFileHash()
    {
        using var tc = new TempCase().Text("telemetry.csv", Rows(200, crlf: false, blanks: false));

        var plan = ChunkPlanner.Plan(CaseDiscovery.Discover(tc.Directory), Small, 2);

        plan.Sha256[0].Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(tc.Path("telemetry.csv")))));
        plan.Chunks.Should().HaveCountGreaterThan(3);
        plan.Chunks.Zip(plan.Chunks.Skip(1)).Should().OnlyContain(p => p.First.End == p.Second.Start && p.Second.FirstLine > p.First.FirstLine);
    }

    [Fact]
    public void Read_FilesReadWholeOrInChunks_ReportTheSha256OfEachStoredFile()
    {
        // Given: a gzip file (read whole, hashed while read, its trailer included), a plain file cut into chunks, an operation log
        using var tc = new TempCase()
            .Gzip("telemetry-a.csv.gz", Rows(50, crlf: false, blanks: false))
            .Text("telemetry-b.csv", Rows(200, crlf: false, blanks: false))
            .Text("operations.csv", Csv.Lines(Csv.OperationsHeader, Csv.Operation("op1")));

        var (result, _) = Read(CaseDiscovery.Discover(tc.Directory), Small);

        result.Files.Should().HaveCount(3).And.OnlyContain(f =>
            f.Sha256 == Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(tc.Path(f.Name)))));
    }

    private static (IngestResult Whole, IngestResult Chunked) AssertChunkedEqualsWhole(TempCase tc, bool expectChunks, long chunkBytes = Small)
    {
        var manifest = CaseDiscovery.Discover(tc.Directory);
        ChunkPlanner.Plan(manifest, chunkBytes, 2).Chunks.Count.Should().Match(n => expectChunks ? n > 2 : n == 1);
        var whole = Read(manifest, long.MaxValue);
        var chunked = Read(manifest, chunkBytes);
        chunked.Result.Files.Should().BeEquivalentTo(whole.Result.Files, o => o.WithStrictOrdering());
        chunked.Result.Rejections.Should().Equal(whole.Result.Rejections);
        chunked.Result.Issues.Should().Equal(whole.Result.Issues);
        chunked.Rows.Should().Equal(whole.Rows);
        whole.Rows.Should().NotBeEmpty();
        return (whole.Result, chunked.Result);
    }

    private static (IngestResult Result, List<string> Rows) Read(CaseManifest manifest, long chunkBytes)
    {
        var symbols = new SymbolTable();
        var sink = new CollectingSink();
        var result = new CaseReader(symbols, TimeSpan.FromHours(8)) { ChunkBytes = chunkBytes }.Read(manifest, sink);
        var rows = sink.Records.OrderBy(r => r.File).ThenBy(r => r.Line)
            .Select(r => $"{r.File}:{r.Line} {r.Ts} {r.Fingerprint} {r.DeviceHash} {string.Join('|', Enumerable.Range(0, Core.Contract.Schemas.Telemetry.Columns.Count).Select(s => symbols[r.Fields[s]]))}")
            .ToList();
        return (result, rows);
    }

    private static string Rows(int count, bool crlf, bool blanks)
    {
        var lines = new List<string> { Csv.TelemetryHeader };
        for (var i = 0; i < count; i++)
        {
            lines.Add(i % 41 == 5 ? Csv.Telemetry($"e{i}", ("event", "download_begin"))
                : i % 29 == 3 ? Csv.Telemetry($"e{i - 1}", ("device_id", $"dev-{(i - 1) % 13}"))
                : Csv.Telemetry($"e{i}", ("device_id", $"dev-{i % 13}"), ("ts", $"2026-05-01 10:{i % 60:D2}:00")));
            if (blanks && i % 53 == 0)
            {
                lines.Add(string.Empty);
            }
        }
        return string.Join(crlf ? "\r\n" : "\n", lines) + (crlf ? "\r\n" : "\n");
    }
}
