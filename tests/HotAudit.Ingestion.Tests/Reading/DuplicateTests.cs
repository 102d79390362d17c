using FluentAssertions;

namespace HotAudit.Ingestion.Tests;

public sealed class DuplicateTests
{
    [Fact]
    public void Read_OperationsSameOpIdInTwoFiles_FirstKeptDuplicateCountedInItsFile()
    {
        using var tc = new TempCase()
            .Text("operations-a.csv", Csv.Lines(Csv.OperationsHeader, Csv.Operation("op1"), Csv.Operation("op2")))
            .Text("operations-b.csv", Csv.Lines(Csv.OperationsHeader, Csv.Operation("op1", ("content", "other"))));

        var (result, _, symbols) = tc.Read();

        result.Operations.Should().HaveCount(2);
        result.Operations[0].Operation(symbols, "content").Should().Be("fix");
        result.Files.Select(f => f.Duplicates).Should().Equal(0, 1);
        result.Files.Select(f => f.Rows).Should().Equal(2, 1);
    }

    [Fact]
    public void Read_OperationsWithoutOpIdSameRawRow_DroppedOnce()
    {
        var row = Csv.Operation("");
        using var tc = new TempCase().Text("operations.csv",
            Csv.Lines(Csv.OperationsHeader, row, row, Csv.Operation("", ("content", "other"))));

        var (result, _, _) = tc.Read();

        result.Operations.Should().HaveCount(2);
        result.Operations.Select(o => o.Line).Should().Equal(2, 4);
        result.Files[0].Duplicates.Should().Be(1);
    }

    [Fact]
    public void Read_TelemetryDuplicates_AllSentToSinkNotCounted()
    {
        using var tc = new TempCase().Text("telemetry.csv",
            Csv.Lines(Csv.TelemetryHeader, Csv.Telemetry("e1"), Csv.Telemetry("e1", ("device_id", "x"))));

        var (result, sink, _) = tc.Read();

        sink.Records.Should().HaveCount(2);
        sink.Duplicates.Should().Be(1);
        result.Files[0].Duplicates.Should().Be(0);
    }

    [Fact]
    public void Read_TelemetryWithoutEventIdDifferingOnlyInPadding_SameFingerprint()
    {
        using var tc = new TempCase().Text("telemetry.csv", Csv.Lines(Csv.TelemetryHeader,
            Csv.Telemetry(""), Csv.Telemetry("", ("device_id", " dev-1 ")), Csv.Telemetry("", ("device_id", "dev-2"))));

        var (_, sink, _) = tc.Read();

        sink.Records.Should().HaveCount(3);
        sink.Duplicates.Should().Be(1);
    }
}
