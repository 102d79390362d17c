using System.Text;
using FluentAssertions;
using HotAudit.Core.Contract;

namespace HotAudit.Ingestion.Tests;

public sealed class JsonLinesTests
{
    private const string Launch = "\"app_id\":\"a\",\"app_version\":\"1\",\"device_id\":\"d\",\"event\":\"launch\"";

    [Fact]
    public void Read_LineNotAnObject_RejectedAsUnreadableLine()
    {
        using var tc = new TempCase().Text("telemetry.jsonl", Csv.Lines(
            "{\"ts\":\"2026-05-01\"," + Launch + "}", "[1,2]", "{\"ts\": broken", "\"text\"", "{\"ts\":\"2026-05-01\"," + Launch + "} x"));

        var (result, sink, _) = tc.Read();

        sink.Records.Should().ContainSingle();
        result.Rejections.Select(r => (r.Line, r.Field, r.Reason)).Should().Equal(
            (2, "line", "unreadable line"), (3, "line", "unreadable line"), (4, "line", "unreadable line"), (5, "line", "unreadable line"));
        result.Files[0].Rows.Should().Be(5);
    }

    [Fact]
    public void Read_NestedAttrsAndNumbers_KeptAsJsonTextAndRawDigits()
    {
        using var tc = new TempCase().Text("telemetry.jsonl",
            "{\"ts\":1792685137432," + Launch + ",\"attrs\":{\"os\": \"14\",\"tags\":[1,2]},\"user_initiated\":true,\"patch_version\":7,\"sdk_version\":null,\"extra\":[\"x\"]}\n");

        var (result, sink, symbols) = tc.Read();

        result.Rejections.Should().BeEmpty();
        var record = sink.Records.Single();
        record.Ts.Should().Be(DateTime.UnixEpoch.Ticks + 1792685137432 * TimeSpan.TicksPerMillisecond);
        record.Telemetry(symbols, "attrs").Should().Be("{\"os\": \"14\",\"tags\":[1,2]}");
        record.Telemetry(symbols, "user_initiated").Should().Be("true");
        record.Telemetry(symbols, "patch_version").Should().Be("7");
        record.Telemetry(symbols, "sdk_version").Should().BeNull();
        record.Extras(symbols, Schemas.Telemetry).Should().Be("{\"extra\":\"[\\u0022x\\u0022]\"}");
    }

    [Fact]
    public void Read_EmptyAndWhitespaceLines_NotCounted()
    {
        using var tc = new TempCase().Text("telemetry.jsonl",
            "\n  \r\n{\"ts\":\"2026-05-01\"," + Launch + "}\r\n\n{\"ts\":\"bad\"," + Launch + "}\n");

        var (result, sink, _) = tc.Read();

        result.Files[0].Rows.Should().Be(2);
        sink.Records.Single().Line.Should().Be(3);
        result.Rejections.Single().Line.Should().Be(5);
    }

    [Fact]
    public void Read_Utf8BomAndChineseKeys_Mapped()
    {
        using var tc = new TempCase().Text("telemetry.jsonl",
            "{\"时间\":\"2026-05-01 08:00:00\",\"应用ID\":\"a\",\"应用版本\":\"1\",\"设备ID\":\"d\",\"事件\":\"launch\"}\n", new UTF8Encoding(true));

        var (result, sink, _) = tc.Read();

        result.Files[0].Encoding.Should().Be("utf-8-bom");
        result.Rejections.Should().BeEmpty();
        sink.Records.Single().Ts.Should().Be(new DateTime(2026, 5, 1, 0, 0, 0).Ticks);
    }

    [Fact]
    public void Read_SameJsonLineTwiceWithoutEventId_SameFingerprint()
    {
        var line = "{\"ts\":\"2026-05-01\"," + Launch + "}";
        using var tc = new TempCase().Text("telemetry.jsonl", Csv.Lines(line, "  " + line, line.Replace("\"d\"", "\"e\"")));

        var (_, sink, _) = tc.Read();

        sink.Records.Should().HaveCount(3);
        sink.Duplicates.Should().Be(1);
    }

    [Fact]
    public void Read_Utf16LeJsonLines_TranscodedWithPhysicalLines()
    {
        using var tc = new TempCase().Text("telemetry.jsonl",
            Csv.Lines("{\"ts\":\"2026-05-01\"," + Launch + "}", "", "{\"ts\":\"2026-05-01\",\"device_id\":\"设备\",\"app_id\":\"a\",\"app_version\":\"1\",\"event\":\"launch\"}"),
            new UnicodeEncoding(false, true));

        var (result, sink, symbols) = tc.Read();

        result.Files[0].Encoding.Should().Be("utf-16le");
        result.Rejections.Should().BeEmpty();
        sink.Records.Select(r => r.Line).Should().Equal(1, 3);
        sink.Records[1].Telemetry(symbols, "device_id").Should().Be("设备");
    }
}
