using FluentAssertions;

namespace HotAudit.Ingestion.Tests;

public sealed class DelimitedTests
{
    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    public void Read_OtherDelimiter_SplitsOnIt(char delimiter)
    {
        var text = Csv.Lines(Csv.TelemetryHeader, Csv.Telemetry("e1", ("attrs", "x"))).Replace(',', delimiter);
        using var tc = new TempCase().Text("telemetry.tsv", text);

        var (result, sink, symbols) = tc.Read();

        result.Rejections.Should().BeEmpty();
        sink.Records.Single().Telemetry(symbols, "transport").Should().Be("https");
    }

    [Fact]
    public void DetectDelimiter_TieBetweenCommaAndSemicolon_IsComma()
    {
        var sample = "a;b,c\n1;2,3\n"u8;

        DelimiterDetector.Detect(sample, EncodingDetector.Detect(sample, true)).Should().Be(',');
    }

    [Fact]
    public void Read_BlankLines_NotCountedAndLinesStayPhysical()
    {
        var text = Csv.Lines(Csv.TelemetryHeader, "", Csv.Telemetry("e1"), ",,,,,,,,,,,,", "  ,  ,", Csv.Telemetry("e2", ("event", "x")), "");
        using var tc = new TempCase().Text("telemetry.csv", text);

        var (result, sink, _) = tc.Read();

        result.Files[0].Rows.Should().Be(2);
        sink.Records.Single().Line.Should().Be(3);
        result.Rejections.Single().Line.Should().Be(6);
    }

    [Fact]
    public void Read_QuotedMultilineField_LineIsWhereRecordStarts()
    {
        var text = Csv.Lines(Csv.OperationsHeader, Csv.Operation("op1", ("content", "\"line one\nline \"\"two\"\"\nline three\"")),
            Csv.Operation("op2", ("action", "bogus")));
        using var tc = new TempCase().Text("operations.csv", text);

        var (result, _, symbols) = tc.Read();

        result.Operations.Single().Line.Should().Be(2);
        result.Operations.Single().Operation(symbols, "content").Should().Be("line one\nline \"two\"\nline three");
        result.Rejections.Single().Line.Should().Be(5);
    }

    [Fact]
    public void Read_UnknownColumnsAndAliases_KeptAsExtrasAndMapped()
    {
        var text = Csv.Lines(" TS ,EVENT_ID,appKey,应用版本,platform,设备ID,event,region", "2026-05-01,e1,a,1.0,iOS,d,launch,cn-north");
        using var tc = new TempCase().Text("telemetry.txt", text);

        var (_, sink, symbols) = tc.Read();

        var record = sink.Records.Single();
        record.Telemetry(symbols, "app_id").Should().Be("a");
        record.Telemetry(symbols, "platform").Should().Be("ios");
        record.Extras(symbols, Core.Contract.Schemas.Telemetry).Should().Be("{\"region\":\"cn-north\"}");
    }

    [Fact]
    public void Read_CsvGz_DecompressedAndReported()
    {
        using var tc = new TempCase().Gzip("telemetry-w3.csv.gz", Csv.Lines(Csv.TelemetryHeader, Csv.Telemetry("e1"), Csv.Telemetry("e2")));

        var (result, sink, _) = tc.Read();

        result.Files[0].Format.Should().Be("csv+gz");
        result.Files[0].Sha256.Should().HaveLength(64);
        sink.Records.Select(r => r.Line).Should().Equal(2, 3);
    }
}
