using System.Text;
using FluentAssertions;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using Xunit;

namespace HotAudit.Ingestion.Tests;

/// <summary>
/// The byte tokenizer for quote-free blocks (<see cref="QuoteFreeCsv"/>) against CsvHelper's reader of the same bytes
/// (<see cref="DelimitedReader"/> on a stream): every call the sink gets — rows with each column's value, whether the
/// row is held as ASCII bytes, its extra columns and raw fingerprint, line numbers, issues, rejections, progress — and
/// the exception, if any, must be the same, in the same order. Content the tokenizer does not cover is declined before
/// the sink hears anything, and then read by CsvHelper.
/// </summary>
public sealed class QuoteFreeCsvTests
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    private static readonly DetectedEncoding Utf8Encoding = new("utf-8", new UTF8Encoding(false), 0);

    private const string Header = "ts,event_id,app_id,app_version,platform,device_id,event,patch_id,user_initiated";

    public static TheoryData<string, string> OddInputs => new()
    {
        { "crlf", Header + "\r\n2026-05-01 10:00:00,e1,a,1.0,android,d1,launch,,true\r\n2026-05-01 10:00:01,e2,a,1.0,ios,d2,launch,p1,0\r\n" },
        { "bom", "\uFEFF" + Header + "\n2026-05-01 10:00:00,e1,a,1.0,android,d1,launch,,\n" },
        { "lone cr", Header + "\r2026-05-01 10:00:00,e1,a,1.0,android,d1,launch\r\r2026-05-01 10:00:01,e2,a,1.0,android,d1,launch\r" },
        { "mixed breaks", Header + "\n2026-05-01 10:00:00,e1,a,1.0,android,d1,launch\r\n\r\n \t \n,,,\n2026-05-01 10:00:01,e2,a,1.0,android,d1,launch\r" },
        { "empty lines first", "\n\r\n  \t\n" + Header + "\n\n2026-05-01 10:00:00,e1,a,1.0,android,d1,launch\n" },
        { "blank and separator lines", Header + "\n,\n , \n\t\n ,,,,,,,,,,,,,,,,\n2026-05-01 10:00:00,e1,a,1.0,android,d1,launch\n" },
        { "trailing delimiter", Header + ",\n2026-05-01 10:00:00,e1,a,1.0,android,d1,launch,,,x,\n2026-05-01 10:00:00,e1,a,1.0,android,d1,launch,,,\n" },
        { "missing and extra fields", Header + ",region\n2026-05-01 10:00:00,e1,a\n2026-05-01 10:00:00,,a,1.0,android,d1,launch,p,true,cn,extra,,more\n" },
        { "padding", Header + "\n 2026-05-01 10:00:00 ,\te1\t,  a ,1.0 , ANDROID,\u00A0d1\u00A0, Launch ,\u3000p\u3000,YES\n" },
        { "wide text", Header + ",备注\n2026-05-01 10:00:00,e1,应用,1.0,android,设备-1,launch,补丁,是,一些 文字\n" },
        { "no final line break", Header + "\n2026-05-01 10:00:00,e1,a,1.0,android,d1,launch" },
        { "blank last line without break", Header + "\n2026-05-01 10:00:00,e1,a,1.0,android,d1,launch\n  " },
        { "header only", Header + "\n" },
        { "header without break", Header },
        { "odd header", " ts ,,\tdevice_id\t,EVENT,app_id,app_version,unknown one,ts\n2026-05-01 10:00:00,x,d1,launch,a,1.0,u,2026-05-02 10:00:00\n" },
        { "no event id", Header + "\n2026-05-01 10:00:00,,a,1.0,android,d1,launch\n2026-05-01 10:00:00,, a ,1.0,android,d1,launch\n" },
        { "rejected rows", Header + "\nnot a time,e1,a,1.0,android,d1,launch\n2026-05-01 10:00:00,e2,,1.0,android,d1,launch\n2026-05-01 10:00:00,e3,a,1.0,android,d1,no_such_event\n" },
        { "control characters", Header + "\n2026-05-01 10:00:00,e1\u000B,a\u000C,1.0,android,d1\u001F,launch\u0000\n" },
    };

    [Theory]
    [MemberData(nameof(OddInputs))]
    public void OddInputs_SameCallsAsCsvHelper(string name, string text)
    {
        var bytes = Utf8.GetBytes(text);
        AssertSame(name, bytes, ReadLimits.Default, expectTokenized: true);
    }

    [Theory]
    [InlineData("quote", "ts,device_id\n2026-05-01,\"d1\"\n")]
    [InlineData("quote in a later line", "ts,device_id,event,app_id,app_version\n2026-05-01,d1,launch,a,1\n2026-05-01,d\"1,launch,a,1\n")]
    [InlineData("separator hint", "sep=,\nts,device_id\n2026-05-01,d1\n")]
    [InlineData("separator hint after BOM", "\uFEFFSEP=;\nts;device_id\n2026-05-01;d1\n")]
    [InlineData("no header line", "\n  \n\t\r\n")]
    [InlineData("long line", "ts,device_id,event,app_id,app_version\n2026-05-01,d1,launch,a,1\n2026-05-01,dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd,launch,a,1\n")]
    public void Declined_ReadByCsvHelper(string name, string text)
    {
        AssertSame(name, Utf8.GetBytes(text), new ReadLimits(64, 1 << 30, 200), expectTokenized: false);
    }

    [Fact]
    public void InvalidUtf8AndUtf16Marks_SameCallsAsCsvHelper()
    {
        var header = Utf8.GetBytes(Header + "\n");
        byte[] invalid = [.. header, .. Utf8.GetBytes("2026-05-01 10:00:00,e1,a,1.0,android,d"), 0xFF, 0xC3, .. Utf8.GetBytes(",launch\n"),
            .. Utf8.GetBytes("2026-05-01 10:00:00,e2,a,1.0,android,d"), 0xC3, 0xA9, .. Utf8.GetBytes(",launch\n")];
        AssertSame("invalid utf-8", invalid, ReadLimits.Default, expectTokenized: true);
        AssertSame("utf-16 mark", [0xFF, 0xFE, .. header], ReadLimits.Default, expectTokenized: false);
    }

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData('|')]
    public void Separators_SameCallsAsCsvHelper(char separator)
    {
        var text = Header.Replace(',', separator) + "\n"
            + string.Join('\n', Enumerable.Range(0, 50).Select(i => $"2026-05-01 10:00:{i % 60:D2} , e{i}, a,1.0,android,d{i % 7},launch , p,{(i % 2 == 0 ? "yes" : "")}"
                .Replace(',', separator)));
        AssertSame("separator " + (int)separator, Utf8.GetBytes(text), ReadLimits.Default, expectTokenized: true, separator);
    }

    [Fact]
    public void ManyRows_ProgressAtTheSameRows()
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < 9000; i++)
        {
            text.Append(i % 1000 == 0 ? "\n" : $"2026-05-01 10:{i / 60 % 60:D2}:{i % 60:D2},e{i},a,1.0,android,d{i % 13},launch,,\n");
        }
        AssertSame("many", Utf8.GetBytes(text.ToString()), ReadLimits.Default, expectTokenized: true);
    }

    /// <summary>Random quote-free lines of separators, spaces, tabs, every kind of line break, ASCII, wide and invalid bytes.</summary>
    [Fact]
    public void RandomQuoteFreeBytes_SameCallsAsCsvHelper()
    {
        var random = new Random(23);
        byte[][] pieces =
        [
            [(byte)','], [(byte)','], [(byte)','], [(byte)' '], [(byte)'\t'], [(byte)'\n'], [(byte)'\r'], [(byte)'\r', (byte)'\n'],
            [(byte)';'], "a"u8.ToArray(), "launch"u8.ToArray(), "2026-05-01 10:00:00"u8.ToArray(), "d1"u8.ToArray(), "1.0"u8.ToArray(),
            "é"u8.ToArray(), "设备"u8.ToArray(), [0xC2, 0xA0], [0xFF], [0xE8, 0xAE], "true"u8.ToArray(), "android"u8.ToArray(),
        ];
        for (var n = 0; n < 400; n++)
        {
            var content = new List<byte>();
            if (n % 3 == 0)
            {
                content.AddRange(new byte[] { 0xEF, 0xBB, 0xBF });
            }
            content.AddRange(Utf8.GetBytes(n % 2 == 0 ? Header + "\n" : "ts,device_id,,event, app_id ,app_version,x\r\n"));
            var length = random.Next(0, 60);
            for (var i = 0; i < length; i++)
            {
                content.AddRange(pieces[random.Next(pieces.Length)]);
            }
            AssertSame($"random {n}", [.. content], ReadLimits.Default, expectTokenized: true);
        }
    }

    /// <summary>
    /// Reads <paramref name="content"/> as a streamed file's first block (header empty) and, when it has a line break, as
    /// a later block behind its first line, with the tokenizer and with CsvHelper, and compares what the sinks got.
    /// </summary>
    private static void AssertSame(string name, byte[] content, ReadLimits limits, bool expectTokenized, char separator = ',')
    {
        var lf = Array.IndexOf(content, (byte)'\n');
        var splits = new List<(byte[] Header, byte[] Block, int Offset)> { ([], content, 0), ([], content, 40) };
        if (lf >= 0)
        {
            splits.Add((content[..(lf + 1)], content[(lf + 1)..], 7));
        }
        foreach (var (header, block, offset) in splits)
        {
            var expected = Read(header, block, offset, limits, separator, tokenizer: false, out _);
            var actual = Read(header, block, offset, limits, separator, tokenizer: true, out var tokenized);
            actual.Should().Equal(expected, $"{name} (header {header.Length} bytes, offset {offset})");
            if (header.Length == 0)
            {
                tokenized.Should().Be(expectTokenized, name);
            }
        }
    }

    private static List<string> Read(byte[] header, byte[] block, int offset, ReadLimits limits, char separator, bool tokenizer, out bool tokenized)
    {
        var schema = Schemas.For(InputKind.Telemetry);
        var sink = new RecordingSink(schema);
        var encoding = block is [0xEF, 0xBB, 0xBF, ..] || header is [0xEF, 0xBB, 0xBF, ..] ? new DetectedEncoding("utf-8-bom", Utf8Encoding.Encoding, 3) : Utf8Encoding;
        tokenized = false;
        try
        {
            if (tokenizer)
            {
                using var input = InputStream.OfBlock(header, new ArraySegment<byte>(block));
                input.TryGetBlock(out _, out _).Should().BeTrue();
                tokenized = QuoteFreeCsv.TryRead(input, header, new ArraySegment<byte>(block), encoding, separator, schema, null, sink, offset, limits);
                if (!tokenized)
                {
                    sink.Calls.Should().BeEmpty("a declined block sends nothing");
                    DelimitedReader.Read(input, encoding, separator, schema, null, sink, offset, limits);
                }
            }
            else
            {
                // A stream after the block: not a block alone, so CsvHelper reads it.
                using var input = InputStream.OfBlock(header, new ArraySegment<byte>(block), Stream.Null);
                input.TryGetBlock(out _, out _).Should().BeFalse();
                DelimitedReader.Read(input, encoding, separator, schema, null, sink, offset, limits);
            }
        }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            sink.Calls.Add($"{e.GetType().Name}: {e.Message}");
        }
        return sink.Calls;
    }

    /// <summary>Writes down every call, with everything a row holds that the validator reads.</summary>
    private sealed class RecordingSink(Schema schema) : IRowSink
    {
        // Whether the row holds every value as ASCII bytes (internal to HotAudit.Core): the validator's fast path.
        private static readonly System.Reflection.PropertyInfo IsAscii =
            typeof(RowBuffer).GetProperty("IsAscii", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

        public List<string> Calls { get; } = [];

        public void Row(RowBuffer row)
        {
            var ascii = (bool)IsAscii.GetValue(row)!;
            var values = string.Join("|", Enumerable.Range(0, schema.Columns.Count).Select(s => row.Has(s) ? row.Get(s).ToString() : "-"));
            var extras = string.Join(";", row.Extras.Select(e => e.Key + "=" + e.Value));
            Calls.Add($"row {row.Line} ascii={ascii} [{values}] extras=[{extras}] raw={row.RawFingerprint}");
        }

        public void Unreadable(int line) => Calls.Add($"unreadable {line}");

        public void Rejected(int line, string reason) => Calls.Add($"rejected {line} {reason}");

        public void Issue(int line, string field, string message) => Calls.Add($"issue {line} {field} {message}");

        public void Progress(long storedBytes) => Calls.Add($"progress {storedBytes}");
    }
}
