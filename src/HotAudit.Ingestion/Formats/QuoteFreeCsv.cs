using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Unicode;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;

namespace HotAudit.Ingestion;

/// <summary>
/// Tokenizes UTF-8 delimited lines held in memory that contain no quote — every block a plain CSV file is streamed in —
/// exactly as <see cref="DelimitedReader"/>'s CsvHelper reader (RFC 4180, spaces and tabs trimmed, empty lines skipped,
/// line numbers tracked, separator given) reads them, without CsvHelper: without a quote, a record is one line (ended by
/// LF, CR LF or CR), its fields are the bytes between separators, each trimmed of spaces and tabs; a line of one field
/// that is empty or only spaces and tabs is skipped (its number still counts); a UTF-8 byte order mark at the start is
/// not part of the first field. The same rows, fields, line numbers, issues and progress reach the sink, in the same
/// order. What this does not cover is declined before anything reaches the sink, and read by CsvHelper instead: a quote,
/// a line longer than the line limit (CsvHelper's reader reports those in batches, as its buffer passes them), a first
/// line <c>sep=</c> (Excel's separator hint), content that starts like a UTF-16 or UTF-32 byte order mark, and content
/// without a header line (tests/HotAudit.Ingestion.Tests <c>QuoteFreeCsvTests</c> compare both readers on odd inputs).
/// </summary>
internal sealed class QuoteFreeCsv
{
    private readonly HeaderMap _map;
    private byte[] _bytes = [];
    private int[] _ends = new int[64];
    private int _start;
    private int _count;

    private QuoteFreeCsv(HeaderMap map)
    {
        _map = map;
    }

    /// <summary>
    /// Reads <paramref name="header"/> (the file's header line, or empty) then <paramref name="block"/> into
    /// <paramref name="sink"/> as <see cref="DelimitedReader.Read"/> would with CsvHelper, and returns true; or returns false,
    /// having sent nothing to the sink, when the content is not one this reads (see the class).
    /// </summary>
    public static bool TryRead(InputStream input, ReadOnlyMemory<byte> header, ArraySegment<byte> block, DetectedEncoding encoding, char separator,
        Schema schema, KindMapping? mapping, IRowSink sink, int lineOffset, ReadLimits limits)
    {
        if (separator is '"' or '\r' or '\n' or > '\u007f')
        {
            return false;
        }
        var first = header.IsEmpty ? block.AsSpan() : header.Span;
        if (first.IsEmpty || first[0] is 0xFF or 0xFE or 0x00 || header.Span.Contains((byte)'"') || block.AsSpan().Contains((byte)'"')
            || HasLongLine(header.Span, limits.MaxLineBytes) || HasLongLine(block.AsSpan(), limits.MaxLineBytes))
        {
            return false;
        }
        var bom = first is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        if (first.Length - bom >= 4 && Ascii.EqualsIgnoreCase(first.Slice(bom, 4), "sep="u8))
        {
            return false;
        }
        // Segments: the header line (if any, ending with its line break), then the block; no line spans the two.
        var segments = header.IsEmpty ? new[] { (ReadOnlyMemory<byte>)block.AsMemory() } : [header, block.AsMemory()];
        var sep = (byte)separator;
        var line = 1;
        var ends = new int[64];
        HeaderMap? map = null;
        var segment = 0;
        var position = bom;
        // The header: the first record that is not an empty line.
        for (; segment < segments.Length; segment++, position = 0)
        {
            var bytes = segments[segment].Span;
            while (map is null && position < bytes.Length)
            {
                var start = position;
                var end = LineEnd(bytes, start, out position);
                line++;
                var count = Split(bytes, start, end, sep, ref ends);
                if (count == 1 && IsBlank(bytes[start..end]))
                {
                    continue;
                }
                var headers = new string[count];
                for (var i = 0; i < count; i++)
                {
                    headers[i] = Encoding.UTF8.GetString(Trim(bytes, i == 0 ? start : ends[i - 1] + 1, ends[i]));
                }
                map = HeaderMap.Create(schema, headers, mapping);
            }
            if (map is not null)
            {
                break;
            }
        }
        if (map is null)
        {
            // No header line: CsvHelper's reader says so.
            return false;
        }
        new QuoteFreeCsv(map).ReadRecords(input, segments, segment, position, line, encoding, sep, schema, sink, lineOffset);
        return true;
    }

    /// <summary>
    /// Reads the records after the header: from <paramref name="position"/> of segment <paramref name="segment"/> to the
    /// end of the last, numbered from <paramref name="line"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadRecords(InputStream input, ReadOnlyMemory<byte>[] segments, int segment, int position, int line, DetectedEncoding encoding, byte sep,
        Schema schema, IRowSink sink, int lineOffset)
    {
        var map = _map;
        var slots = Enumerable.Range(0, map.Count).Select(map.SingleSlot).ToArray();
        var row = new RowBuffer(schema.Columns.Count);
        Func<UInt128> raw = RawFingerprint;
        var chars = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            long count = 0;
            for (; segment < segments.Length; segment++, position = 0)
            {
                if (!MemoryMarshal.TryGetArray(segments[segment], out var array))
                {
                    array = segments[segment].ToArray();
                }
                _bytes = array.Array!;
                row.SetSource(_bytes);
                var bytes = array.Array.AsSpan(0, array.Offset + array.Count);
                position += array.Offset;
                while (position < bytes.Length)
                {
                    var start = position;
                    var end = LineEnd(bytes, start, out position);
                    var number = line++;
                    var fields = Split(bytes, start, end, sep, ref _ends);
                    if (fields == 1 && IsBlank(bytes[start..end]))
                    {
                        continue;
                    }
                    _start = start;
                    _count = fields;
                    var record = bytes[start..end];
                    var ascii = Ascii.IsValid(record);
                    row.Clear();
                    row.Line = number;
                    var columns = Math.Max(fields, map.Count);
                    for (var i = 0; i < columns; i++)
                    {
                        var field = Field(i);
                        if (field.IsEmpty)
                        {
                            continue;
                        }
                        if (ascii && i < slots.Length && slots[i] >= 0 && field[0] > 0x20 && field[^1] > 0x20)
                        {
                            // What DelimitedReader.Put does with such a field (nearly every one): its trims leave it as it
                            // is, and its column's one slot keeps its bytes, referred to where they lie in the block.
                            row.SetAsciiInSource(slots[i], (int)Unsafe.ByteOffset(ref MemoryMarshal.GetArrayDataReference(_bytes), ref MemoryMarshal.GetReference(field)), field.Length);
                            continue;
                        }
                        DelimitedReader.Put(map, row, ref chars, ascii, i, field);
                    }
                    row.DeferRawFingerprint(raw);
                    row.Line += lineOffset;
                    if (!ascii && !Utf8.IsValid(record))
                    {
                        sink.Issue(row.Line, string.Empty, InvalidUtf8.Message(encoding));
                    }
                    if (!row.IsBlank)
                    {
                        sink.Row(row);
                    }
                    if (++count % DelimitedReader.ProgressEvery == 0)
                    {
                        sink.Progress(input.Progress);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Field <paramref name="i"/> of the current record, trimmed of spaces and tabs; empty past its last field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Field(int i) =>
        i < _count ? Trim(_bytes, i == 0 ? _start : _ends[i - 1] + 1, _ends[i]) : default;

    /// <summary>The fingerprint of the current record's raw fields, as <see cref="DelimitedReader"/> hashes CsvHelper's.</summary>
    private UInt128 RawFingerprint()
    {
        var count = Math.Max(_count, _map.Count);
        var fingerprint = Fingerprint.Start;
        for (var i = 0; i < count; i++)
        {
            fingerprint = Fingerprint.AddUtf8Field(fingerprint, Field(i));
        }
        return fingerprint;
    }

    /// <summary>The bytes [<paramref name="start"/>, <paramref name="end"/>) without spaces and tabs at either end (CsvHelper's trim).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> bytes, int start, int end)
    {
        while (start < end && bytes[start] is (byte)' ' or (byte)'\t')
        {
            start++;
        }
        while (end > start && bytes[end - 1] is (byte)' ' or (byte)'\t')
        {
            end--;
        }
        return bytes[start..end];
    }

    /// <summary>Whether a line is empty or only spaces and tabs (CsvHelper skips such a line of one field).</summary>
    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0;

    /// <summary>
    /// Where the line that starts at <paramref name="start"/> ends (its line break, or the end of the bytes), and in
    /// <paramref name="next"/> where the next starts: after LF, CR LF or CR.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LineEnd(ReadOnlySpan<byte> bytes, int start, out int next)
    {
        var found = bytes[start..].IndexOfAny((byte)'\r', (byte)'\n');
        if (found < 0)
        {
            next = bytes.Length;
            return bytes.Length;
        }
        var end = start + found;
        next = bytes[end] == '\r' && end + 1 < bytes.Length && bytes[end + 1] == '\n' ? end + 2 : end + 1;
        return end;
    }

    /// <summary>
    /// Finds the separators of the line [<paramref name="start"/>, <paramref name="end"/>): <paramref name="ends"/>[k] is
    /// where field k ends (its separator, or the line's end for the last); returns the number of fields.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Split(ReadOnlySpan<byte> bytes, int start, int end, byte sep, ref int[] ends)
    {
        var n = 0;
        var i = start;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var origin = ref MemoryMarshal.GetReference(bytes);
            var separators = Vector256.Create(sep);
            while (i < end)
            {
                if (ends.Length - n < 33)
                {
                    Array.Resize(ref ends, ends.Length * 2);
                }
                uint mask;
                if (i + 32 <= bytes.Length)
                {
                    mask = Vector256.Equals(Vector256.LoadUnsafe(ref origin, (nuint)i), separators).ExtractMostSignificantBits();
                    if (end - i < 32)
                    {
                        mask &= (1u << (end - i)) - 1;
                    }
                }
                else
                {
                    // The last bytes of the content: one by one, never past its end.
                    mask = 0;
                    for (var k = 0; k < Math.Min(32, end - i); k++)
                    {
                        mask |= bytes[i + k] == sep ? 1u << k : 0;
                    }
                }
                while (mask != 0)
                {
                    ends[n++] = i + BitOperations.TrailingZeroCount(mask);
                    mask &= mask - 1;
                }
                i += 32;
            }
        }
        else
        {
            while (true)
            {
                var found = bytes[i..end].IndexOf(sep);
                if (found < 0)
                {
                    break;
                }
                if (ends.Length - n < 2)
                {
                    Array.Resize(ref ends, ends.Length * 2);
                }
                ends[n++] = i + found;
                i += found + 1;
            }
        }
        if (ends.Length == n)
        {
            Array.Resize(ref ends, ends.Length * 2);
        }
        ends[n++] = end;
        return n;
    }

    /// <summary>
    /// Whether a line of <paramref name="bytes"/> (between LF, CR or the ends) is longer than <paramref name="max"/> bytes:
    /// the one that <see cref="LongLineFilter"/> would drop. Each step looks back from the end of a window of max + 1
    /// bytes for a line break, so a large limit costs a few steps per block.
    /// </summary>
    internal static bool HasLongLine(ReadOnlySpan<byte> bytes, int max)
    {
        var p = 0;
        while (bytes.Length - p > max)
        {
            var last = bytes.Slice(p, max + 1).LastIndexOfAny((byte)'\r', (byte)'\n');
            if (last < 0)
            {
                return true;
            }
            p += last + 1;
        }
        return false;
    }
}
