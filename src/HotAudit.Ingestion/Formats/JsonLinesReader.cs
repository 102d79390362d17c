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
        // A block in memory (a streamed file's) is cut into lines where it lies; a stream is read into one buffer.
        var block = encoding.IsUtf8 ? input.Block : null;
        using var utf8 = encoding.IsUtf8 ? input.Content
            : Encoding.CreateTranscodingStream(input.Content, encoding.Encoding, Encoding.UTF8, leaveOpen: true);
        using var lines = block is { } b ? new LineReader(b, lineOffset, limits.MaxLineBytes) : new LineReader(utf8, lineOffset, limits.MaxLineBytes);
        var parser = new JsonLineParser(schema, mapping);
        var row = new RowBuffer(schema.Columns.Count);
        while (lines.TryRead(out ArraySegment<byte> raw))
        {
            var array = raw.Array!;
            var start = raw.Offset;
            var line = raw.AsSpan();
            if (lines.LineNumber == 1 && line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                line = line[3..];
                start += 3;
            }
            var trimmed = line.TrimStart(" \t\r\f\v"u8);
            start += line.Length - trimmed.Length;
            line = trimmed.TrimEnd(" \t\r\f\v"u8);
            if (line.IsEmpty)
            {
                // An over-long line arrives here as its bare line break (it was dropped).
                continue;
            }
            if (parser.IsPlain(line))
            {
                // Printable ASCII without escapes: valid UTF-8, and scanned with the quotes found in one pass.
                row.Clear();
                row.Line = lines.LineNumber;
                Handled(parser.TryFillPlain(array, start, line.Length, row), row, lines.LineNumber, sink);
            }
            else
            {
                if (encoding.IsUtf8 && !Utf8.IsValid(line))
                {
                    sink.Issue(lines.LineNumber, string.Empty, InvalidUtf8.Message(encoding));
                    line = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(line));
                }
                Handle(parser, line, row, lines.LineNumber, sink);
            }
            if (lines.LineNumber % ProgressEvery == 0)
            {
                sink.Progress(input.Progress);
            }
        }
        lines.ReportDropped(sink, limits);
    }

    private static void Handle(JsonLineParser parser, ReadOnlySpan<byte> line, RowBuffer row, int lineNumber, IRowSink sink)
    {
        row.Clear();
        row.Line = lineNumber;
        Handled(parser.TryFill(line, row), row, lineNumber, sink);
    }

    private static void Handled(bool filled, RowBuffer row, int lineNumber, IRowSink sink)
    {
        if (!filled)
        {
            sink.Unreadable(lineNumber);
        }
        else if (!row.IsBlank)
        {
            sink.Row(row);
        }
    }
}
