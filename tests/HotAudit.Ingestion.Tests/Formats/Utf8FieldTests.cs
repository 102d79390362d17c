using System.Text;
using FluentAssertions;
using HotAudit.Core.Data;

namespace HotAudit.Ingestion.Tests;

/// <summary>
/// Fields are validated and interned from their UTF-8 bytes when they are ASCII, and decoded otherwise: both must read
/// exactly as the decoded, trimmed text of the field (white space beyond ASCII, aliases filling one column, escapes).
/// </summary>
public sealed class Utf8FieldTests
{
    [Fact]
    public void Csv_PaddingAndAliasesAndWideText_ReadAsTheTrimmedText()
    {
        var text = Csv.Lines(
            "ts,app_id,app_version,platform,device_id,设备ID,event,user_initiated",
            "2026-05-01 10:00:00,a,1.0,ANDROID,d1,,Launch,YES",
            "2026-05-01 10:00:01,a,\u00A01.1\u00A0,ios,,\u3000d2\u3000,launch,0",
            "2026-05-01 10:00:02,\" a \",1.2, iOS ,设备-3,,LAUNCH,是",
            "2026-05-01 10:00:03,a,1.3,web,d4,,launch\u3000,",
            // The same row as the first, with other white space around its fields: one fingerprint.
            " 2026-05-01 10:00:00 ,a,  1.0,ANDROID, d1,,Launch,YES",
            "2026-05-01 10:00:04,a,1.4,android, \u3000 ,,launch,");
        using var tc = new TempCase().Text("telemetry.csv", text);

        var (result, sink, symbols) = tc.Read();

        result.Rejections.Select(r => (r.Line, r.Field)).Should().Equal((7, "device_id"));
        var rows = sink.Records.OrderBy(r => r.Line).ToList();
        rows.Select(r => r.Telemetry(symbols, "device_id")).Should().Equal("d1", "d2", "设备-3", "d4", "d1");
        rows.Select(r => r.Telemetry(symbols, "app_version")).Should().Equal("1.0", "1.1", "1.2", "1.3", "1.0");
        rows.Select(r => r.Telemetry(symbols, "platform")).Should().Equal("android", "ios", "ios", "web", "android");
        rows.Select(r => r.Telemetry(symbols, "event")).Should().AllBe("launch");
        rows.Select(r => r.Telemetry(symbols, "user_initiated")).Should().Equal("true", "false", "true", null, "true");
        rows.Select(r => r.DeviceHash).Should().Equal(
            Fingerprint.Device("a", "d1"), Fingerprint.Device("a", "d2"), Fingerprint.Device("a", "设备-3"), Fingerprint.Device("a", "d4"),
            Fingerprint.Device("a", "d1"));
        sink.Duplicates.Should().Be(1);
    }

    [Fact]
    public void JsonLines_EscapesDuplicateKeysAndKeyOrder_ReadAsTheUnescapedText()
    {
        var text = Csv.Lines(
            "{\"ts\":\"2026-05-01 10:00:00\",\"app_id\":\"a\",\"app_version\":\"1.0\",\"device_id\":\"d1\",\"event\":\"launch\",\"region\":\" cn \"}",
            "{\"event\":\" LAUNCH \",\"device\\u005fid\":\"\\u00642\",\"app_version\":1.1,\"app_id\":\"a\",\"ts\":1777600000}",
            "{\"ts\":\"2026-05-01 10:00:02\",\"app_id\":\"应用\",\"app_version\":\"\u3000 1.2\",\"device_id\":\"d3\",\"event\":\"launch\",\"user_initiated\":true}",
            "{\"ts\":\"2026-05-01 10:00:03\",\"app_id\":\"a\",\"app_version\":\"1.3\",\"device_id\":\"d4\",\"event\":\"launch\",\"device_id\":\"\"}",
            "{\"ts\":\"2026-05-01 10:00:04\",\"app_id\":\"a\",\"app_version\":\"1.4\",\"device_id\":\"d5\",\"event\":\"launch\",\"device_id\":null,\"sdk_version\":\"x\\\"y\"}");
        using var tc = new TempCase().Text("telemetry.jsonl", text);

        var (result, sink, symbols) = tc.Read();

        result.Rejections.Select(r => (r.Line, r.Field)).Should().Equal((4, "device_id"), (5, "device_id"));
        var rows = sink.Records.OrderBy(r => r.Line).ToList();
        rows.Select(r => r.Telemetry(symbols, "device_id")).Should().Equal("d1", "d2", "d3");
        rows.Select(r => r.Telemetry(symbols, "app_id")).Should().Equal("a", "a", "应用");
        rows.Select(r => r.Telemetry(symbols, "app_version")).Should().Equal("1.0", "1.1", "1.2");
        rows.Select(r => r.Telemetry(symbols, "event")).Should().AllBe("launch");
        rows[0].Extras(symbols, Core.Contract.Schemas.Telemetry).Should().Be("{\"region\":\"cn\"}");
        rows[2].Telemetry(symbols, "user_initiated").Should().Be("true");
        rows[1].Ts.Should().Be(DateTime.UnixEpoch.Ticks + 1777600000L * TimeSpan.TicksPerSecond);
    }

    [Fact]
    public void JsonLines_SameLineWithAndWithoutWideText_FingerprintOfTheDecodedLine()
    {
        var ascii = "{\"ts\":\"2026-05-01\",\"app_id\":\"a\",\"app_version\":\"1\",\"device_id\":\"d\",\"event\":\"launch\"}";
        var wide = ascii.Replace("\"d\"", "\"设备\"");
        using var tc = new TempCase().Text("telemetry.jsonl", Csv.Lines(ascii, wide, ascii, wide));

        var (_, sink, _) = tc.Read();

        var expected = new RowBuffer(1);
        expected.AddRawField(ascii);
        var expectedWide = new RowBuffer(1);
        expectedWide.AddRawField(wide);
        sink.Records.OrderBy(r => r.Line).Select(r => r.Fingerprint).Should().Equal(
            expected.RawFingerprint, expectedWide.RawFingerprint, expected.RawFingerprint, expectedWide.RawFingerprint);
        sink.Duplicates.Should().Be(2);
    }

    [Fact]
    public void JsonLines_FlatScanAndFullReader_AgreeOnWhatIsJson()
    {
        const string Id = "\"app_id\":\"a\",\"app_version\":\"1\",\"device_id\":\"d\",\"event\":\"launch\"";
        var lines = new[]
        {
            "{\"ts\" : \"2026-05-01\" ,\t" + Id + " , \"patch_version\":-1.5e+3,\"user_initiated\":false,\"sdk_version\":null}",
            "{\"ts\":\"2026-05-01\"," + Id + ",\"attrs\":{\"k\":[1,2]}}",
            "{\"ts\":\"2026-05-01\"," + Id + ",}",
            "{\"ts\":\"2026-05-01\"," + Id + ",\"patch_version\":01}",
            "{\"ts\":\"2026-05-01\"," + Id + ",\"patch_version\":1.}",
            "{\"ts\":\"2026-05-01\"," + Id + ",\"user_initiated\":tru}",
            "{\"ts\":\"2026-05-01\"," + Id + ",\"sdk_version\":\"a\tb\"}",
            "{\"ts\":\"2026-05-01\"," + Id + "} {}",
            "{\"ts\":\"2026-05-01\"," + Id + ",\"patch_version\":+1}",
            "{\"ts\":\"2026-05-01\"," + Id + ",\"patch_version\":7 }",
            "{}",
            "{\"ts\":\"2026-05-01\"," + Id,
        };
        using var tc = new TempCase().Text("telemetry.jsonl", Csv.Lines(lines));

        var (result, sink, symbols) = tc.Read();

        result.Rejections.Select(r => (r.Line, r.Reason)).Should().Equal(
            (3, "unreadable line"), (4, "unreadable line"), (5, "unreadable line"), (6, "unreadable line"), (7, "unreadable line"),
            (8, "unreadable line"), (9, "unreadable line"), (12, "unreadable line"));
        var rows = sink.Records.OrderBy(r => r.Line).ToList();
        rows.Select(r => r.Line).Should().Equal(1, 2, 10);
        rows[0].Telemetry(symbols, "patch_version").Should().Be("-1.5e+3");
        rows[0].Telemetry(symbols, "user_initiated").Should().Be("false");
        rows[0].Telemetry(symbols, "sdk_version").Should().BeNull();
        rows[1].Telemetry(symbols, "attrs").Should().Be("{\"k\":[1,2]}");
        rows[2].Telemetry(symbols, "patch_version").Should().Be("7");
    }
}
