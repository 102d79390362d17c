using System.Buffers;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;

namespace HotAudit.Ingestion;

/// <summary>
/// Reads a CSV/TSV/TXT input (RFC 4180) with CsvHelper's span API into the reused <see cref="RowBuffer"/>: an ASCII field
/// is copied as its bytes (validated and interned from them), any other is decoded into one reused char buffer, so a
/// row costs no allocation beyond interning new values.
/// </summary>
internal static class DelimitedReader
{
    /// <summary>Rows between progress reports (and reports of the lines dropped for their length).</summary>
    internal const int ProgressEvery = 4096;

    /// <summary>
    /// Reads every row of <paramref name="input"/> (a whole file, or a chunk led by its file's header line) into
    /// <paramref name="sink"/>; <paramref name="lineOffset"/> is added to each row's line number.
    /// </summary>
    public static void Read(InputStream input, DetectedEncoding encoding, char separator, Schema schema, KindMapping? mapping, IRowSink sink,
        int lineOffset, ReadLimits limits)
    {
        // Line breaks are found on bytes: UTF-16 is read as UTF-8, so that a dropped line cannot split a character.
        var bytewise = encoding.Encoding.GetBytes("\r\n") is [(byte)'\r', (byte)'\n'];
        // A block of UTF-8 lines in memory without a quote (every block a plain file is streamed in) is tokenized here,
        // as CsvHelper would; anything else, or a block the tokenizer declines, is read by CsvHelper.
        if (bytewise && encoding.IsUtf8 && input.TryGetBlock(out var header, out var block)
            && QuoteFreeCsv.TryRead(input, header, block, encoding, separator, schema, mapping, sink, lineOffset, limits))
        {
            return;
        }
        using var utf8 = bytewise ? null : Encoding.CreateTranscodingStream(input.Content, encoding.Encoding, Encoding.UTF8, leaveOpen: true);
        using var lines = new LongLineFilter(utf8 ?? input.Content, limits.MaxLineBytes);
        using var csv = CsvReader.Create(lines, Options(bytewise ? encoding : null, separator), leaveOpen: true);
        var map = HeaderMap.Create(schema, csv.Headers, mapping);
        var row = new RowBuffer(schema.Columns.Count);
        // The raw fields are hashed from CsvHelper's buffer, and only for a row that asks (one without an event id).
        Func<UInt128> raw = () => RawFingerprint(csv, map);
        var chars = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            long count = 0;
            while (csv.Read())
            {
                // A UTF-8 record that is all ASCII (nearly every one) has only ASCII fields: none is checked again.
                Fill(csv, map, row, ref chars, encoding.IsUtf8 && Ascii.IsValid(csv.RawRecord));
                row.DeferRawFingerprint(raw);
                row.Line += lineOffset;
                if (encoding.IsUtf8 && !Utf8.IsValid(csv.RawRecord))
                {
                    sink.Issue(row.Line, string.Empty, InvalidUtf8.Message(encoding));
                }
                if (!row.IsBlank)
                {
                    sink.Row(row);
                }
                if (++count % ProgressEvery == 0)
                {
                    sink.Progress(input.Progress);
                    LongLines.Report(lines, sink, lineOffset, limits);
                }
            }
            LongLines.Report(lines, sink, lineOffset, limits);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>CsvHelper's options; a null <paramref name="encoding"/> is content already transcoded to UTF-8.</summary>
    private static CsvReaderOptions Options(DetectedEncoding? encoding, char separator) => new()
    {
        Separator = separator,
        HasHeader = true,
        TrackLineNumbers = true,
        AllowLineBreaksInQuotes = true,
        SkipEmptyLines = true,
        TrimWhitespace = true,
        Encoding = encoding is null || encoding.IsUtf8 || encoding.BomLength > 0 ? null : encoding.Encoding,
    };

    private static void Fill(CsvReader csv, HeaderMap map, RowBuffer row, ref char[] chars, bool asciiRecord)
    {
        row.Clear();
        row.Line = checked((int)csv.LineNumber);
        var count = Math.Max(csv.FieldCount, map.Count);
        for (var i = 0; i < count; i++)
        {
            var bytes = csv.GetSpan(i);
            if (!bytes.IsEmpty)
            {
                Put(map, row, ref chars, asciiRecord, i, bytes);
            }
        }
    }

    /// <summary>
    /// Puts field <paramref name="i"/> of a record (<paramref name="bytes"/>: as CsvHelper gives it, trimmed of spaces
    /// and tabs, not empty) into the row; <paramref name="asciiRecord"/> says the whole record is ASCII.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static void Put(HeaderMap map, RowBuffer row, ref char[] chars, bool asciiRecord, int i, ReadOnlySpan<byte> bytes)
    {
        var trimmed = RowBuffer.TrimAscii(bytes);
        if (trimmed.IsEmpty)
        {
            return;
        }
        if (trimmed[0] < 0x80 && trimmed[^1] < 0x80)
        {
            // Both ends are ASCII and not white space: the text is not empty, and trimming it removes nothing more.
            // The row keeps an ASCII value as bytes (nearly every one) and decodes any other.
            if (map.SingleSlot(i) is var slot and >= 0)
            {
                if (asciiRecord)
                {
                    row.SetAscii(slot, trimmed);
                }
                else
                {
                    row.SetUtf8(slot, trimmed);
                }
            }
            else
            {
                map.PutUtf8(row, i, trimmed);
            }
            return;
        }
        if (bytes.Length > chars.Length)
        {
            ArrayPool<char>.Shared.Return(chars);
            chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        }
        var value = chars.AsSpan(0, Encoding.UTF8.GetChars(bytes, chars)).Trim();
        if (!value.IsEmpty)
        {
            map.Put(row, i, value);
        }
    }

    /// <summary>
    /// The fingerprint of the current record's raw fields (every field of the header's width or more, each as its
    /// decoded, trimmed text), as <see cref="RowBuffer.AddRawField"/> of each would give.
    /// </summary>
    private static UInt128 RawFingerprint(CsvReader csv, HeaderMap map)
    {
        var count = Math.Max(csv.FieldCount, map.Count);
        if (count == 0)
        {
            return default;
        }
        var fingerprint = Fingerprint.Start;
        for (var i = 0; i < count; i++)
        {
            fingerprint = Fingerprint.AddUtf8Field(fingerprint, csv.GetSpan(i));
        }
        return fingerprint;
    }
}
