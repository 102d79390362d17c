using System.Text;
using FluentAssertions;

namespace HotAudit.Ingestion.Tests;

public sealed class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Read_Utf8WithoutBom_ReportsUtf8()
    {
        using var tc = new TempCase().Text("telemetry.csv", Csv.Lines(Csv.TelemetryHeader, Csv.Telemetry("e1", ("device_id", "设备-1"))));

        var (result, sink, symbols) = tc.Read();

        result.Files[0].Encoding.Should().Be("utf-8");
        sink.Records.Single().Telemetry(symbols, "device_id").Should().Be("设备-1");
    }

    [Fact]
    public void Read_Utf8BomWithCrlf_ReportsUtf8BomAndPhysicalLines()
    {
        var text = string.Join("\r\n", Csv.TelemetryHeader, Csv.Telemetry("e1"), Csv.Telemetry("e2", ("ts", "bad"))) + "\r\n";
        using var tc = new TempCase().Text("telemetry.csv", text, new UTF8Encoding(true));

        var (result, sink, symbols) = tc.Read();

        result.Files[0].Encoding.Should().Be("utf-8-bom");
        sink.Records.Single().Telemetry(symbols, "install_mode").Should().Be("immediate");
        result.Rejections.Single().Line.Should().Be(3);
    }

    [Fact]
    public void Read_Utf16LeWithBom_ReadsRows()
    {
        using var tc = new TempCase().Text("telemetry.csv",
            Csv.Lines(Csv.TelemetryHeader, Csv.Telemetry("e1"), Csv.Telemetry("e2", ("app_id", "应用"))), new UnicodeEncoding(false, true));

        var (result, sink, symbols) = tc.Read();

        result.Files[0].Encoding.Should().Be("utf-16le");
        sink.Records.Select(r => r.Telemetry(symbols, "app_id")).Should().Equal("com.acme.pay", "应用");
        sink.Records.Select(r => r.Line).Should().Equal(2, 3);
    }

    [Fact]
    public void Read_Gb18030WithChineseHeaders_MapsAliases()
    {
        var text = Csv.Lines("时间,操作ID,操作人员,操作,应用ID,应用版本,补丁ID,结果,下发方式,更新内容",
            "2026-05-01 09:00:00,op1,运维一,publish,com.acme.pay,5.2.0,p1,,full,修复支付问题");
        using var tc = new TempCase().Bytes("operations.csv", Encoding.GetEncoding(54936).GetBytes(text));

        var (result, _, symbols) = tc.Read();

        result.Files[0].Encoding.Should().Be("gb18030");
        var op = result.Operations.Should().ContainSingle().Subject;
        op.Operation(symbols, "operator").Should().Be("运维一");
        op.Operation(symbols, "content").Should().Be("修复支付问题");
        op.Operation(symbols, "app_id").Should().Be("com.acme.pay");
    }

    [Fact]
    public void Read_Utf8FileWithInvalidLineAfterSample_ReportsIssueAndKeepsRow()
    {
        var lines = new List<string> { Csv.TelemetryHeader };
        var padding = new string('x', 1000);
        for (var i = 0; lines.Sum(l => l.Length) < EncodingDetector.SampleSize + 10_000; i++)
        {
            lines.Add(Csv.Telemetry("e" + i, ("patch_id", padding)));
        }
        var bytes = Encoding.UTF8.GetBytes(Csv.Lines([.. lines]))
            .Concat(Encoding.GetEncoding(54936).GetBytes(Csv.Telemetry("gb", ("device_id", "设备")) + "\n")).ToArray();
        using var tc = new TempCase().Bytes("telemetry.csv", bytes);

        var (result, sink, _) = tc.Read();

        result.Files[0].Encoding.Should().Be("utf-8");
        sink.Records.Should().HaveCount(lines.Count);
        result.Issues.Should().ContainSingle().Which.Line.Should().Be(lines.Count + 1);
    }

    [Fact]
    public void Detect_SampleCutInsideMultibyteCharacter_IsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("abc设备");

        var detected = EncodingDetector.Detect(bytes.AsSpan(0, bytes.Length - 1), complete: false);

        detected.Name.Should().Be("utf-8");
    }

    [Fact]
    public void Detect_InvalidUtf8_IsGb18030()
    {
        var bytes = Encoding.GetEncoding(54936).GetBytes("时间,事件");

        EncodingDetector.Detect(bytes, complete: true).Name.Should().Be("gb18030");
    }
}
