using FluentAssertions;
using HotAudit.Core.Symbols;

namespace HotAudit.Ingestion.Tests;

/// <summary>The progress a case reports adds up to the rows it read, however many files are read side by side.</summary>
public sealed class ProgressTests
{
    [Fact]
    public void Read_ManyFilesSideBySide_ReportedRowsAddUpToTheRowsRead()
    {
        // Given: six telemetry files of 5,000 rows each, read in parallel, and an operation log
        using var tc = new TempCase().Text("operations.csv", Csv.Lines(Csv.OperationsHeader, Csv.Operation("op1")));
        for (var f = 0; f < 6; f++)
        {
            tc.Text($"telemetry-{f}.csv", Csv.Lines([Csv.TelemetryHeader, .. Enumerable.Range(0, 5000).Select(i => Csv.Telemetry($"e{f}-{i}"))]));
        }
        var progress = new Recording();

        // When
        var result = new CaseReader(new SymbolTable(), TimeSpan.FromHours(8)).Read(CaseDiscovery.Discover(tc.Directory), new CollectingSink(), progress);

        // Then
        result.Files.Sum(f => f.Rows).Should().Be(30_001);
        progress.Rows.Should().Be(30_001);
    }

    private sealed class Recording : IProgress<IngestProgress>
    {
        private long _rows;

        public long Rows => Interlocked.Read(ref _rows);

        public void Report(IngestProgress value) => Interlocked.Add(ref _rows, value.NewRows);
    }
}
