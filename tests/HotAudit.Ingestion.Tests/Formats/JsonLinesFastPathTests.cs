using System.Text;
using FluentAssertions;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using Xunit;

namespace HotAudit.Ingestion.Tests;

/// <summary>
/// The fast ways through a JSON Lines file must read exactly as the slow ones: a plain line (printable ASCII without
/// escapes) scanned with its quotes found a vector at a time, against the same line read by <c>Utf8JsonReader</c>; and
/// lines cut in place from a block or from one read buffer, against the <see cref="LongLineFilter"/> followed by a plain
/// split at LF that read them before.
/// </summary>
public sealed class JsonLinesFastPathTests
{
    private const string Telemetry =
        "{\"ts\":1779343062489,\"event_id\":\"d0000000-9\",\"app_id\":\"com.acme.shop\",\"app_version\":\"5.1.0\",\"platform\":\"android\"," +
        "\"device_id\":\"d0000000\",\"event\":\"launch\",\"patch_id\":\"shop-5.1.0-p003\",\"os_version\":\"12\"}";

    public static TheoryData<string> OddLines => new()
    {
        Telemetry,
        Telemetry.Replace("\"event_id\":\"d0000000-9\",", string.Empty),
        "{\"ts\":\"2026-05-01 10:00:00\",\"app_id\":\"a\",\"device_id\":\"d\\\"1\",\"event\":\"launch\"}",
        "{\"ts\":\"2026-05-01 10:00:00\",\"app_id\":\"\\u0041\\\\b\\/c\",\"device\\u005fid\":\"d\",\"event\":\"launch\"}",
        "{\"attrs\":{\"os\": \"14\",\"tags\":[1,2]},\"x\":[1,2,{\"b\":null}],\"device_id\":\"d\"}",
        "{\"device_id\":\"a\",\"device_id\":\"b\"}",
        "{\"device_id\":\"a\",\"device_id\":null}",
        "{\"device_id\":\"a\",\"device_id\":\"\"}",
        "{\"zz\":\"1\",\"zz\":\"2\",\"zz\":null}",
        "{\"app_id\":\"应用\",\"device_id\":\"é\",\"event\":\"launch\"}",
        "{\"设备ID\":\"d\",\"事件\":\"launch\"}",
        "{ \"app_id\" : 1 , \"device_id\" :\"x\" ,\"event\":  true }",
        "{\t\"app_id\":1}",
        "{\"app_id\":\"a\tb\"}",
        "{\"app_id\":\"  padded  \",\"device_id\":\" \"}",
        "{\"app_id\":\"del\u007f\"}",
        "{}",
        "{ }",
        "{\"a\":1,}",
        "{\"a\":01}",
        "{\"a\":1} x",
        "{\"a\":1}}",
        "{\"a\":tru}",
        "{\"a\":truex}",
        "{\"a\":nul}",
        "{\"a\":\"x}",
        "{\"a\" 1}",
        "{\"a\":}",
        "{\"a\"",
        "{\"a",
        "{a:1}",
        "[1]",
        "\"x\"",
        "{\"a\":1e}",
        "{\"a\":-}",
        "{\"a\":1.}",
        "{\"a\":-0,\"b\":1E5,\"c\":0.5,\"d\":1.5e+3,\"e\":-2e-2}",
        "{\"a\":1.5e+3x}",
        "{\"a\":\"x\u0001y\"}",
        "{\"a\":false,\"b\":true,\"c\":null}",
        "{\"user_initiated\":false,\"device_id\":\"d\"}",
    };

    [Theory]
    [MemberData(nameof(OddLines))]
    public void PlainScan_OddLine_ReadsAsUtf8JsonReader(string text) => ShouldReadAsReader([text]);

    [Fact]
    public void PlainScan_LinesAcrossEveryQuoteWordBoundary_ReadAsUtf8JsonReader()
    {
        // Lines of 40 to 300 bytes: every end of a 64-byte quote word falls inside a key, a value and between them.
        var lines = new List<string>();
        for (var pad = 0; pad < 260; pad++)
        {
            lines.Add("{\"device_id\":\"" + new string('d', pad) + "\",\"event\":\"launch\",\"x\":" + pad + "}");
            lines.Add("{\"" + new string('k', pad % 70 + 1) + "\":\"v\",\"app_id\":\"" + new string('a', pad / 2) + "\"}");
        }
        ShouldReadAsReader(lines);
    }

    [Fact]
    public void PlainScan_VeryLongLineAndManyKeys_ReadAsUtf8JsonReader()
    {
        var many = "{" + string.Join(",", Enumerable.Range(0, 300).Select(i => $"\"k{i}\":\"v{i}\"")) + ",\"device_id\":\"d\"}";
        ShouldReadAsReader([
            "{\"device_id\":\"" + new string('x', 100_000) + "\",\"event\":\"launch\"}",
            many,
            many.Replace("\"k7\"", "\"k8\""),
            Telemetry,
        ]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void PlainScan_RandomlyBrokenLines_ReadAsUtf8JsonReader(int seed)
    {
        // Telemetry-like lines, some with a byte changed, inserted or removed among the bytes that make JSON's structure.
        var random = new Random(seed);
        var keys = new[] { "ts", "event_id", "app_id", "app_version", "device_id", "event", "patch_id", "os_version", "zz", "x y" };
        var values = new[] { "\"a\"", "\"\"", "\" b \"", "1", "-1.5", "0", "1e3", "true", "false", "null", "\"2026-05-01 10:00:00\"", "{\"n\":1}", "[1]" };
        var noise = "\"{}[]:, \t\\ue0-1.".ToCharArray();
        var lines = new List<string>();
        for (var n = 0; n < 4000; n++)
        {
            var text = new StringBuilder("{");
            var count = random.Next(0, 12);
            for (var k = 0; k < count; k++)
            {
                text.Append(k == 0 ? string.Empty : random.Next(8) == 0 ? " , " : ",")
                    .Append('"').Append(keys[random.Next(keys.Length)]).Append('"')
                    .Append(random.Next(8) == 0 ? " : " : ":")
                    .Append(values[random.Next(values.Length)]);
            }
            text.Append('}');
            var mutations = random.Next(4) == 0 ? random.Next(1, 3) : 0;
            for (var m = 0; m < mutations && text.Length > 1; m++)
            {
                var at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0:
                        text[at] = noise[random.Next(noise.Length)];
                        break;
                    case 1:
                        text.Insert(at, noise[random.Next(noise.Length)]);
                        break;
                    default:
                        text.Remove(at, 1);
                        break;
                }
            }
            var line = text.ToString().Trim(' ', '\t');
            if (line.Length > 0)
            {
                lines.Add(line);
            }
        }
        ShouldReadAsReader(lines);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 7)]
    [InlineData(3, 4096)]
    [InlineData(4, 100_000)]
    public void Lines_RandomBreaksAndOverLongLines_AsTheFilterAndASplitAtLf(int seed, int readSize)
    {
        // Lines of 0..40 bytes and a few past the limit, ended by LF, CR LF or a lone CR; the last one maybe without a break.
        var random = new Random(seed);
        var input = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            input.Append('x', random.Next(60) == 0 ? 70 + random.Next(200) : random.Next(41));
            if (random.Next(40) == 0)
            {
                input.Append('\r').Append('y', random.Next(30));
            }
            input.Append(random.Next(4) switch { 0 => "\r\n", 1 => "\r", _ => "\n" });
        }
        input.Append('z', random.Next(50));
        var bytes = Encoding.ASCII.GetBytes(input.ToString());
        const int max = 30;
        var expected = FilterThenSplit(bytes, max, linesBefore: 5);

        using (var first = new LineReader(new TrickleStream(bytes, readSize), 5, max))
        {
            LinesOf(first).Should().Equal(expected.Lines);
        }
        var padded = new byte[bytes.Length + 20];
        bytes.CopyTo(padded, 11);
        using var reader = new LineReader(new ArraySegment<byte>(padded, 11, bytes.Length), 5, max);
        LinesOf(reader).Should().Equal(expected.Lines);
        padded.AsSpan(11, bytes.Length).SequenceEqual(bytes).Should().BeTrue("a block is read, never written");
        Dropped(reader).Should().Equal(expected.Dropped);
        using var streamed = new LineReader(new TrickleStream(bytes, readSize), 5, max);
        LinesOf(streamed);
        Dropped(streamed).Should().Equal(expected.Dropped);
    }

    [Fact]
    public void Lines_NoOverLongLine_NothingDroppedAndLastLineWithoutBreakRead()
    {
        var bytes = Encoding.ASCII.GetBytes("a\r\n\r\nb\rc\n\nd");
        using var reader = new LineReader(new ArraySegment<byte>(bytes), 0, 10);

        LinesOf(reader).Should().Equal("1:a", "2:", "3:b\rc", "4:", "5:d");
        Dropped(reader).Should().BeEmpty();
    }

    [Fact]
    public void Read_OddFile_BlockAndStreamAndReaderOnlyAllAlike()
    {
        // BOM, blank and white lines, CRLF, a lone CR, a line over the limit, escapes, non-ASCII, invalid UTF-8, no final LF.
        var content = new List<byte>();
        content.AddRange(new byte[] { 0xEF, 0xBB, 0xBF });
        content.AddRange(Encoding.UTF8.GetBytes(
            Telemetry + "\r\n\n   \r\n\t" + Telemetry.Replace("launch", "crash") + " \n" +
            "{\"app_id\":\"a\\u0062\",\"device_id\":\"设备\"}\r" + "{\"app_id\":\"lone cr\"}\n" +
            "{\"app_id\":\"a\",\"device_id\":\"" + new string('x', 300) + "\"}\n" +
            "{\"app_id\":\"a\",\"device_id\":\"d\"}\r\n"));
        content.AddRange(Encoding.UTF8.GetBytes("{\"app_id\":\"bad "));
        content.Add(0xFF);
        content.AddRange(Encoding.UTF8.GetBytes("\",\"device_id\":\"d\"}\n[1]\n" + Telemetry.Replace("\"ts\":1779343062489,", string.Empty)));
        var bytes = content.ToArray();
        var limits = ReadLimits.Default with { MaxLineBytes = 300 };
        var encoding = EncodingDetector.Detect(bytes, complete: true);

        var block = Record(InputStream.OfBlock(ReadOnlyMemory<byte>.Empty, new ArraySegment<byte>(bytes)), encoding, limits);
        var stream = Record(InputStream.OfBlock(ReadOnlyMemory<byte>.Empty, new ArraySegment<byte>([]), new TrickleStream(bytes, 5)), encoding, limits);

        stream.Should().Equal(block);
        // As before: the dropped line is numbered as the filter counts lines, a lone CR (line 5) being a line break to it.
        block.Where(e => !e.StartsWith("row ", StringComparison.Ordinal)).Select(e => e.Split(':')[0]).Should().Equal(
            "unreadable 5", "issue 8", "unreadable 9", "rejected 7");
        block.Where(e => e.StartsWith("row ", StringComparison.Ordinal)).Select(e => e.Split(':')[0]).Should().Equal(
            "row 1", "row 4", "row 7", "row 8", "row 10");
    }

    private static void ShouldReadAsReader(IReadOnlyList<string> lines)
    {
        // One parser per path over all lines (its key guesses carry from line to line), and a fresh one per line.
        var schema = Schemas.Telemetry;
        var plain = new JsonLineParser(schema);
        var reader = new JsonLineParser(schema);
        var row = new RowBuffer(schema.Columns.Count);
        foreach (var text in lines)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            // Offset within a larger array, as a line lies in a block.
            var array = new byte[bytes.Length + 9];
            bytes.CopyTo(array, 4);
            var expected = Fill(row, r => reader.TryFillWithReader(bytes, r));
            Fill(row, r => Plain(plain, array, 4, bytes.Length, r)).Should().Be(expected, text);
            Fill(row, r => Plain(new JsonLineParser(schema), array, 4, bytes.Length, r)).Should().Be(expected, text);
            Fill(row, r => new JsonLineParser(schema).TryFill(bytes, r)).Should().Be(expected, text);
        }
    }

    private static bool Plain(JsonLineParser parser, byte[] array, int start, int length, RowBuffer row) =>
        parser.IsPlain(array.AsSpan(start, length)) ? parser.TryFillPlain(array, start, length, row) : parser.TryFill(array.AsSpan(start, length), row);

    private static string Fill(RowBuffer row, Func<RowBuffer, bool> fill)
    {
        row.Clear();
        row.Line = 7;
        return fill(row) ? Describe(row) : "unreadable";
    }

    private static string Describe(RowBuffer row)
    {
        var text = new StringBuilder();
        var columns = Schemas.Telemetry.Columns;
        for (var slot = 0; slot < columns.Count; slot++)
        {
            if (row.Has(slot))
            {
                text.Append(columns[slot].Name).Append('=').Append(row.Get(slot)).Append('|');
            }
        }
        foreach (var (name, value) in row.Extras)
        {
            text.Append('+').Append(name).Append('=').Append(value).Append('|');
        }
        return text.Append("blank=").Append(row.IsBlank).Append("|fp=").Append(row.RawFingerprint).Append("|line=").Append(row.Line).ToString();
    }

    private static List<string> Record(InputStream input, DetectedEncoding encoding, ReadLimits limits)
    {
        var sink = new RecordingSink();
        using (input)
        {
            JsonLinesReader.Read(input, encoding, Schemas.Telemetry, null, sink, 0, limits);
        }
        return sink.Events;
    }

    private static List<string> LinesOf(LineReader reader)
    {
        var lines = new List<string>();
        while (reader.TryRead(out ArraySegment<byte> line))
        {
            lines.Add(reader.LineNumber + ":" + Encoding.ASCII.GetString(line));
        }
        return lines;
    }

    private static List<int> Dropped(LineReader reader)
    {
        var sink = new RecordingSink();
        reader.ReportDropped(sink, ReadLimits.Default);
        return [.. sink.Events.Select(e => int.Parse(e["rejected ".Length..e.IndexOf(':', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture))];
    }

    /// <summary>How these bytes were read before: the filter over the whole stream, then a split at LF (one CR dropped).</summary>
    private static (List<string> Lines, List<int> Dropped) FilterThenSplit(byte[] bytes, int max, int linesBefore)
    {
        using var filter = new LongLineFilter(new MemoryStream(bytes), max);
        var output = new MemoryStream();
        filter.CopyTo(output);
        var text = Encoding.ASCII.GetString(output.ToArray());
        var lines = new List<string>();
        var number = linesBefore;
        var parts = text.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i == parts.Length - 1 && parts[i].Length == 0)
            {
                break;
            }
            var line = parts[i].EndsWith('\r') ? parts[i][..^1] : parts[i];
            lines.Add(++number + ":" + line);
        }
        return (lines, [.. filter.TakeDropped().Select(l => l + linesBefore)]);
    }

    /// <summary>A stream that gives at most a few bytes a read.</summary>
    private sealed class TrickleStream(byte[] bytes, int most) : ReadOnlyStream
    {
        private int _position;

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(Math.Min(buffer.Length, most), bytes.Length - _position);
            bytes.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
    }

    private sealed class RecordingSink : IRowSink
    {
        public List<string> Events { get; } = [];

        public void Row(RowBuffer row) => Events.Add("row " + row.Line + ": " + Describe(row));

        public void Unreadable(int line) => Events.Add("unreadable " + line);

        public void Rejected(int line, string reason) => Events.Add("rejected " + line + ": " + reason);

        public void Issue(int line, string field, string message) => Events.Add("issue " + line + ": " + field + " " + message);

        public void Progress(long storedBytes)
        {
        }
    }
}
