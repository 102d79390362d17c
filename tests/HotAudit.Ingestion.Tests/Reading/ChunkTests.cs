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
    [InlineData("sep-hint")]
    [InlineData("blank-first-line")]
    public void Plan_FileThatCannotBeCutSafely_StaysWhole(string kind)
    {
        var rows = Rows(300, crlf: false, blanks: false);
        using var tc = new TempCase();
        _ = kind switch
        {
            "sep-hint" => tc.Text("telemetry.csv", "sep=,\n" + rows),
            "blank-first-line" => tc.Text("telemetry.csv", "\n" + rows),
            "quoted" => tc.Text("telemetry.csv", rows.Replace("com.acme.pay", "\"com.acme.pay\"")),
            "lone-cr" => tc.Text("telemetry.csv", rows.Replace("\n", "\r")),
            _ => tc.Gzip("telemetry.csv.gz", rows),
        };

        var plan = ChunkPlanner.Plan(CaseDiscovery.Discover(tc.Directory), Small, 2);

        plan.Chunks.Should().ContainSingle().Which.IsWholeFile.Should().BeTrue();
        AssertChunkedEqualsWhole(tc, expectChunks: false);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PlanHashingAside_SplitOrQuotedFile_SameChunksAndTheHashesPlanGives(bool quoted)
    {
        // Given: a file cut into chunks, or one the scan finds unsplittable (a quote), beside a small file read whole
        var rows = Rows(200, crlf: false, blanks: false);
        using var tc = new TempCase().Text("telemetry.csv", quoted ? rows.Replace("com.acme.pay", "\"com.acme.pay\"") : rows)
            .Text("telemetry-small.csv", Rows(3, crlf: false, blanks: false));
        var inputs = CaseInput.All(CaseDiscovery.Discover(tc.Directory));

        // When
        var (plan, hashes) = ChunkPlanner.PlanHashingAside(inputs, Small, 2);

        // Then: the chunks Plan cuts, no hash in the plan itself, and the task gives Plan's hashes
        var planned = ChunkPlanner.Plan(inputs, Small, 2);
        plan.Chunks.Should().Equal(planned.Chunks);
        plan.Chunks.Count.Should().Match(n => quoted ? n == 2 : n > 4);
        plan.Sha256.Should().BeEmpty();
        (await hashes).Should().Equal(planned.Sha256).And.HaveCount(1);
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

    [Theory]
    [InlineData("csv-bom-crlf")]
    [InlineData("jsonl-gb18030")]
    [InlineData("quote-late")]
    [InlineData("long-line")]
    public void Read_GzipFileInflatedOnOneThreadParsedInBlocks_EqualsReadingItWhole(string kind)
    {
        // Given: a compressed file parsed in blocks of 700 inflated bytes (the rest in one piece once a cut is unsafe)
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var rows = Rows(600, crlf: kind == "csv-bom-crlf", blanks: true);
        using var tc = new TempCase();
        _ = kind switch
        {
            "csv-bom-crlf" => tc.Bytes("telemetry.csv.gz", Gzipped([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(rows)])),
            "jsonl-gb18030" => tc.Bytes("telemetry.jsonl.gz", Gzipped(Encoding.GetEncoding(54936).GetBytes(string.Join("\n", Enumerable.Range(0, 400).Select(i => i % 37 == 0 ? "not json"
                : $$"""{"ts":"2026-05-01 10:{{i % 60:D2}}:00","event_id":"e{{i}}","app_id":"应用","app_version":"5.2.0","platform":"android","device_id":"设备-{{i % 17}}","event":"download_start","patch_id":"p1","app_state":"foreground","transport":"https","user_initiated":false,"signature_present":true,"install_mode":"immediate"}"""))
                + "\n"))),
            "quote-late" => tc.Gzip("telemetry.csv.gz", rows[..(rows.Length / 2)] + rows[(rows.Length / 2)..].Replace("com.acme.pay", "\"com.acme.pay\"")),
            _ => tc.Gzip("telemetry.csv.gz", rows.Replace("e300,", $"e300,{new string('q', 2000)}")),
        };
        var manifest = CaseDiscovery.Discover(tc.Directory);

        // When
        var whole = Read(manifest, long.MaxValue, parallelism: 1, streamed: false);
        var blocks = Read(manifest, Small, parallelism: 2);

        // Then
        blocks.Result.Files.Should().BeEquivalentTo(whole.Result.Files, o => o.WithStrictOrdering());
        blocks.Result.Rejections.Should().Equal(whole.Result.Rejections);
        blocks.Result.Issues.Should().Equal(whole.Result.Issues);
        blocks.Rows.Should().Equal(whole.Rows);
        whole.Rows.Should().HaveCountGreaterThan(300);
        whole.Result.Files[0].Sha256.Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(tc.Path(whole.Result.Files[0].Name)))));
    }

    [Theory]
    [InlineData("csv-bom-crlf")]
    [InlineData("jsonl-gb18030")]
    [InlineData("quote-late")]
    [InlineData("long-line")]
    [InlineData("lone-cr-late")]
    [InlineData("invalid-utf8")]
    [InlineData("no-final-newline")]
    [InlineData("sep-hint")]
    [InlineData("blank-first-line")]
    public void Read_PlainFileStreamedInBlocks_EqualsReadingItWhole(string kind)
    {
        // Given: a plain file read once on one thread and parsed in blocks of 700 bytes on the others
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var rows = Rows(600, crlf: kind == "csv-bom-crlf", blanks: true);
        using var tc = new TempCase();
        _ = kind switch
        {
            "csv-bom-crlf" => tc.Bytes("telemetry.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(rows)]),
            "jsonl-gb18030" => tc.Bytes("telemetry.jsonl", Encoding.GetEncoding(54936).GetBytes(string.Join("\n", Enumerable.Range(0, 400).Select(i => i % 37 == 0 ? "not json"
                : $$"""{"ts":"2026-05-01 10:{{i % 60:D2}}:00","event_id":"e{{i}}","app_id":"应用","app_version":"5.2.0","platform":"android","device_id":"设备-{{i % 17}}","event":"download_start","patch_id":"p1","app_state":"foreground","transport":"https","user_initiated":false,"signature_present":true,"install_mode":"immediate"}"""))
                + "\n")),
            "quote-late" => tc.Text("telemetry.csv", rows[..(rows.Length / 2)] + rows[(rows.Length / 2)..].Replace("com.acme.pay", "\"com.acme.pay\"")),
            "lone-cr-late" => tc.Text("telemetry.csv", rows[..(rows.Length / 2)] + rows[(rows.Length / 2)..].Replace("\n", "\r")),
            "invalid-utf8" => tc.Bytes("telemetry.csv", [.. Encoding.UTF8.GetBytes(rows[..(rows.Length / 2)]), 0xFF, .. Encoding.UTF8.GetBytes(rows[(rows.Length / 2)..])]),
            "no-final-newline" => tc.Text("telemetry.csv", rows.TrimEnd('\n')),
            "sep-hint" => tc.Text("telemetry.csv", "sep=,\n" + rows),
            "blank-first-line" => tc.Text("telemetry.csv", "\n" + rows),
            _ => tc.Text("telemetry.csv", rows.Replace("e300,", $"e300,{new string('q', 2000)}")),
        };
        var manifest = CaseDiscovery.Discover(tc.Directory);

        // When
        var whole = Read(manifest, long.MaxValue, parallelism: 1, streamed: false);
        var blocks = Read(manifest, Small, parallelism: 2);

        // Then
        blocks.Result.Files.Should().BeEquivalentTo(whole.Result.Files, o => o.WithStrictOrdering());
        blocks.Result.Rejections.Should().Equal(whole.Result.Rejections);
        blocks.Result.Issues.Should().Equal(whole.Result.Issues);
        blocks.Rows.Should().Equal(whole.Rows);
        whole.Rows.Should().HaveCountGreaterThan(300);
        whole.Result.Files[0].Sha256.Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(tc.Path(whole.Result.Files[0].Name)))));
    }

    [Fact]
    public void Read_PlainFileOnTwoCores_ParsedAsOnePartPerBlockInLineOrderAndHashed()
    {
        // Given
        using var tc = new TempCase().Text("telemetry.csv", Rows(600, crlf: false, blanks: false));
        var manifest = CaseDiscovery.Discover(tc.Directory);
        var chunk = ChunkPlanner.Whole(CaseInput.All(manifest)).Chunks.Single();
        var reader = new TelemetryChunkReader(manifest, new SymbolTable(), TimeSpan.FromHours(8));
        var next = 100;

        // When
        var parts = InflatedChunks.Read(reader, chunk, new IngestState(new CollectingSink(), null, 0, default), 2, 700, () => ++next, default);

        // Then: one part per block of 700 bytes, ids increasing with the lines, the file's hash on the first
        InflatedChunks.Applies(reader.Input(chunk.File), chunk).Should().BeTrue();
        parts.Should().HaveCountGreaterThan(50);
        parts.Select(p => p.ChunkId).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems().And.StartWith(chunk.Id);
        parts.Sum(p => p.Rows).Should().Be(600);
        parts[0].Sha256.Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(tc.Path("telemetry.csv")))));
    }

    [Fact]
    public void Read_GzipFileOfManyBlocks_ParsedAsOnePartPerBlockInLineOrder()
    {
        // Given
        using var tc = new TempCase().Gzip("telemetry.csv.gz", Rows(600, crlf: false, blanks: false));
        var manifest = CaseDiscovery.Discover(tc.Directory);
        var chunk = ChunkPlanner.Plan(manifest, Small, 2).Chunks.Single();
        var reader = new TelemetryChunkReader(manifest, new SymbolTable(), TimeSpan.FromHours(8));
        var next = 100;

        // When
        var parts = InflatedChunks.Read(reader, chunk, new IngestState(new CollectingSink(), null, 0, default), 2, 700, () => ++next, default);

        // Then: one part per block of 700 inflated bytes, ids increasing with the lines, the file's hash on the first
        parts.Should().HaveCountGreaterThan(50);
        parts.Select(p => p.ChunkId).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems().And.StartWith(chunk.Id);
        parts.Sum(p => p.Rows).Should().Be(600);
        parts[0].Sha256.Should().HaveLength(64);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Read_GzipFileCutShort_ReportsTheFileAsCutShortWhateverTheReading(int parallelism)
    {
        // Given: a compressed file of which the last third never arrived (.NET inflates it without complaint)
        var full = Gzipped(Encoding.UTF8.GetBytes(Rows(12000, crlf: false, blanks: false)));
        using var tc = new TempCase().Bytes("telemetry.csv.gz", full[..(full.Length * 2 / 3)]);

        // When
        var (result, rows) = Read(CaseDiscovery.Discover(tc.Directory), Small, parallelism);

        // Then
        result.Files[0].Error.Should().StartWith("not a valid gzip file (the compressed content ends inside a line and its gzip trailer gives ")
            .And.EndWith(" were inflated: the file is cut short)");
        rows.Should().HaveCountGreaterThan(5000);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Read_GzipFileOfTwoMembers_ReadWholeWithoutError(int parallelism)
    {
        // Given: two gzip members one after the other (cat a.gz b.gz), whose trailer counts only the second
        var text = Rows(3000, crlf: false, blanks: false);
        var cut = text.IndexOf('\n', text.Length / 2) + 1;
        using var tc = new TempCase().Bytes("telemetry.csv.gz", [.. Gzipped(Encoding.UTF8.GetBytes(text[..cut])), .. Gzipped(Encoding.UTF8.GetBytes(text[cut..]))]);
        using var one = new TempCase().Gzip("telemetry.csv.gz", text);

        // When
        var (result, rows) = Read(CaseDiscovery.Discover(tc.Directory), Small, parallelism);

        // Then
        result.Files[0].Error.Should().BeNull();
        rows.Should().Equal(Read(CaseDiscovery.Discover(one.Directory), long.MaxValue, 1).Rows);
    }

    [Fact]
    public void Read_GzipFileCorruptInTheMiddle_ReportsTheErrorAndKeepsTheRowsBeforeIt()
    {
        // Given: a compressed file with garbage at three quarters of its length, past the 1 MiB the encoding is detected from
        var corrupt = Gzipped(Encoding.UTF8.GetBytes(Rows(12000, crlf: false, blanks: false)));
        corrupt.AsSpan(corrupt.Length * 3 / 4, 64).Fill(0xFF);
        using var tc = new TempCase().Bytes("telemetry.csv.gz", corrupt);
        var manifest = CaseDiscovery.Discover(tc.Directory);

        // When
        var whole = Read(manifest, long.MaxValue, parallelism: 1, streamed: false);
        var blocks = Read(manifest, Small, parallelism: 2);

        // Then
        blocks.Result.Files[0].Error.Should().Be(whole.Result.Files[0].Error);
        blocks.Result.Files[0].Error.Should().NotBeNull();
        // Inflated garbage before the failure reads as rows in both; up to there, every row is the same.
        static IEnumerable<string> Before(IEnumerable<string> rows) => rows.Where(r => int.Parse(r[2..r.IndexOf(' ')], System.Globalization.CultureInfo.InvariantCulture) <= 8000);
        Before(blocks.Rows).Should().HaveCountGreaterThan(7000).And.Equal(Before(whole.Rows));
    }

    /// <summary>
    /// Reads the case whole on one thread, in planned chunks side by side (as a cluster does), and streamed in blocks
    /// (as one machine does, on two cores and on one); all four must agree.
    /// </summary>
    private static (IngestResult Whole, IngestResult Chunked) AssertChunkedEqualsWhole(TempCase tc, bool expectChunks, long chunkBytes = Small)
    {
        var manifest = CaseDiscovery.Discover(tc.Directory);
        ChunkPlanner.Plan(manifest, chunkBytes, 2).Chunks.Count.Should().Match(n => expectChunks ? n > 2 : n == 1);
        var whole = Read(manifest, long.MaxValue, parallelism: 1, streamed: false);
        foreach (var (streamed, parallelism) in new[] { (false, 2), (true, 2), (true, 1) })
        {
            var chunked = Read(manifest, chunkBytes, parallelism, streamed);
            chunked.Result.Files.Should().BeEquivalentTo(whole.Result.Files, o => o.WithStrictOrdering());
            chunked.Result.Rejections.Should().Equal(whole.Result.Rejections);
            chunked.Result.Issues.Should().Equal(whole.Result.Issues);
            chunked.Rows.Should().Equal(whole.Rows);
        }
        whole.Rows.Should().NotBeEmpty();
        return (whole.Result, Read(manifest, chunkBytes, streamed: false).Result);
    }

    private static byte[] Gzipped(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest))
        {
            gz.Write(content);
        }
        return buffer.ToArray();
    }

    private static (IngestResult Result, List<string> Rows) Read(CaseManifest manifest, long chunkBytes, int parallelism = 2, bool streamed = true)
    {
        var symbols = new SymbolTable();
        var sink = new CollectingSink();
        var result = new CaseReader(symbols, TimeSpan.FromHours(8)) { ChunkBytes = chunkBytes, Parallelism = parallelism, Streamed = streamed }.Read(manifest, sink);
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
