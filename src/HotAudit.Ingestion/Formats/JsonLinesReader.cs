using System.Text;
using System.Text.Unicode;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;

namespace HotAudit.Ingestion;

/// <summary>Reads a JSON Lines input, one object a line; other encodings are transcoded to UTF-8 first.</summary>
internal static class JsonLinesReader
{
    private const int ProgressEvery = 4096;

    /// <summary>
    /// Reads every line of <paramref name="input"/> (a whole file or a chunk) into <paramref name="sink"/>;
    /// <paramref name="lineOffset"/> is the number of lines before it in its file.
    /// </summary>
    public static void Read(InputStream input, DetectedEncoding encoding, Schema schema, KindMapping? mapping, IRowSink sink, int lineOffset, ReadLimits limits)
    {
        using var utf8 = encoding.IsUtf8 ? input.Content
            : Encoding.CreateTranscodingStream(input.Content, encoding.Encoding, Encoding.UTF8, leaveOpen: true);
        using var bounded = new LongLineFilter(utf8, limits.MaxLineBytes);
        using var lines = new LineReader(bounded, lineOffset);
        var parser = new JsonLineParser(schema, mapping);
        var row = new RowBuffer(schema.Columns.Count);
        while (lines.TryRead(out var raw))
        {
            var line = lines.LineNumber == 1 && raw.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? raw[3..] : raw;
            line = line.Trim(" \t\r\f\v"u8);
            if (line.IsEmpty)
            {
                // An over-long line arrives here as its bare line break (LongLineFilter dropped the rest).
                continue;
            }
            if (encoding.IsUtf8 && !Utf8.IsValid(line))
            {
                sink.Issue(lines.LineNumber, string.Empty, InvalidUtf8.Message(encoding));
                line = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(line));
            }
            Handle(parser, line, row, lines.LineNumber, sink);
            if (lines.LineNumber % ProgressEvery == 0)
            {
                sink.Progress(input.Progress);
            }
        }
        LongLines.Report(bounded, sink, lineOffset, limits);
    }

    private static void Handle(JsonLineParser parser, ReadOnlySpan<byte> line, RowBuffer row, int lineNumber, IRowSink sink)
    {
        row.Clear();
        row.Line = lineNumber;
        if (!parser.TryFill(line, row))
        {
            sink.Unreadable(lineNumber);
        }
        else if (!row.IsBlank)
        {
            sink.Row(row);
        }
    }
}
