using FluentAssertions;

namespace HotAudit.Ingestion.Tests;

public sealed class FileErrorTests
{
    [Fact]
    public void Read_CorruptGzip_FileErrorAndOtherFilesRead()
    {
        using var tc = new TempCase()
            .Bytes("telemetry-a.csv.gz", [0x1F, 0x8B, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9])
            .Text("telemetry-b.csv", Csv.Lines(Csv.TelemetryHeader, Csv.Telemetry("e1")))
            .Text("operations.csv", Csv.Lines(Csv.OperationsHeader, Csv.Operation("op1")));

        var (result, sink, _) = tc.Read();

        result.FileNames.Should().Equal("operations.csv", "telemetry-a.csv.gz", "telemetry-b.csv");
        result.Files[1].Error.Should().NotBeNullOrEmpty();
        result.Errors.Should().ContainSingle().Which.Should().StartWith("telemetry-a.csv.gz: ");
        sink.Records.Should().ContainSingle().Which.File.Should().Be(2);
        result.Operations.Should().ContainSingle();
    }

    [Fact]
    public void Read_XlsxThatIsNotAWorkbook_FileError()
    {
        using var tc = new TempCase().Text("operations.xlsx", "not a zip");

        var (result, _, _) = tc.Read();

        result.Errors.Should().ContainSingle().Which.Should().Contain("operations.xlsx");
    }

    [Fact]
    public void Read_EmptyFile_NoHeaderError()
    {
        using var tc = new TempCase().Text("telemetry.csv", "\n\n");

        var (result, _, _) = tc.Read();

        result.Errors.Should().Equal("telemetry.csv: no header line");
    }

    [Fact]
    public void Read_Progress_ReportsEveryFile()
    {
        using var tc = new TempCase()
            .Text("telemetry.csv", Csv.Lines(Csv.TelemetryHeader, Csv.Telemetry("e1")))
            .Text("operations.csv", Csv.Lines(Csv.OperationsHeader, Csv.Operation("op1")));
        var reports = new List<IngestProgress>();

        new CaseReader(new(), TimeSpan.FromHours(8)).Read(CaseDiscovery.Discover(tc.Directory), new CollectingSink(), new SyncProgress(reports));

        reports.Select(r => r.File).Should().Equal("operations.csv", "telemetry.csv");
        reports[^1].Bytes.Should().Be(reports[^1].TotalBytes);
    }

    [Fact]
    public void Read_Cancelled_Throws()
    {
        using var tc = new TempCase().Text("telemetry.csv", Csv.Lines(Csv.TelemetryHeader, Csv.Telemetry("e1")));
        var reader = new CaseReader(new(), TimeSpan.FromHours(8));

        var act = () => reader.Read(CaseDiscovery.Discover(tc.Directory), new CollectingSink(), ct: new CancellationToken(true));

        act.Should().Throw<OperationCanceledException>();
    }

    private sealed class SyncProgress(List<IngestProgress> reports) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => reports.Add(value);
    }
}
