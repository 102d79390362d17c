using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HotAudit.Ingestion;

/// <summary>
/// Splits a byte stream, or a block already in memory, into physical lines (LF or CR LF), counting them from 1, with
/// the line length limit of a <see cref="LongLineFilter"/> in front of it: the lines it yields, their numbers and the
/// dropped lines (<see cref="ReportDropped"/>) are exactly those of that filter followed by a line splitter.
/// </summary>
/// <remarks>
/// While every line is within the limit the filter would pass the bytes unchanged, so lines are cut straight from
/// the block (no copy) or from one read buffer (one copy), with one vectorized search for LF a line. At the first line
/// longer than the limit, the rest (from that line's start) is read through a <see cref="LongLineFilter"/> as before,
/// which drops it and numbers it as the filter would have from the start: its count of lines also counts lone CRs,
/// which are therefore counted in the bytes already read.
/// </remarks>
internal sealed class LineReader : IDisposable
{
    private const int ReadBytes = 1 << 17;

    private readonly int _max;
    private readonly bool _rented;
    private Stream? _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    // The bytes from here to _start were read as lines but their lone CRs not yet counted.
    private int _uncounted;
    private int _loneCr;
    private LongLineFilter? _filter;
    private int _filterOffset;

    /// <summary>Reads <paramref name="stream"/>; its first line is number <paramref name="linesBefore"/> + 1.</summary>
    public LineReader(Stream stream, int linesBefore = 0, int maxLineBytes = int.MaxValue)
    {
        _stream = stream;
        _max = maxLineBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(ReadBytes);
        _rented = true;
        LineNumber = linesBefore;
    }

    /// <summary>Reads the lines of <paramref name="block"/> (not copied, not changed); its first line is number <paramref name="linesBefore"/> + 1.</summary>
    public LineReader(ArraySegment<byte> block, int linesBefore = 0, int maxLineBytes = int.MaxValue)
    {
        _max = maxLineBytes;
        _buffer = block.Array ?? [];
        _start = block.Offset;
        _uncounted = block.Offset;
        _end = block.Offset + block.Count;
        _eof = true;
        LineNumber = linesBefore;
    }

    /// <summary>1-based number of the line last read.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Reads the next line without its line break; the span is valid until the next call.</summary>
    public bool TryRead(out ReadOnlySpan<byte> line)
    {
        var read = TryRead(out ArraySegment<byte> segment);
        line = segment.AsSpan();
        return read;
    }

    /// <summary>Reads the next line without its line break, where it lies (valid until the next call).</summary>
    public bool TryRead(out ArraySegment<byte> line)
    {
        if (_filter is not null)
        {
            return TryReadFiltered(out line);
        }
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var lf = pending.IndexOf((byte)'\n');
            if (lf >= 0 || (_eof && !pending.IsEmpty))
            {
                var length = lf >= 0 ? lf : pending.Length;
                if (length > _max)
                {
                    Filter();
                    return TryReadFiltered(out line);
                }
                line = Take(lf, length);
                return true;
            }
            if (_eof)
            {
                line = default;
                return false;
            }
            if (pending.Length > _max)
            {
                Filter();
                return TryReadFiltered(out line);
            }
            Fill();
        }
    }

    /// <summary>Reports the lines longer than the limit (dropped, each read as an empty line) as rejected rows.</summary>
    public void ReportDropped(IRowSink sink, ReadLimits limits)
    {
        if (_filter is null)
        {
            return;
        }
        foreach (var line in _filter.TakeDropped())
        {
            sink.Rejected(line + _filterOffset, limits.LineTooLong);
        }
    }

    /// <summary>The line of <paramref name="length"/> bytes at the current position (its LF at <paramref name="lf"/>, or none at the end), without a CR before the LF.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ArraySegment<byte> Take(int lf, int length)
    {
        var offset = _start;
        _start += lf >= 0 ? lf + 1 : length;
        LineNumber++;
        if (length > 0 && _buffer[offset + length - 1] == (byte)'\r')
        {
            length--;
        }
        return new ArraySegment<byte>(_buffer, offset, length);
    }

    /// <summary>Refills the buffer, first counting the lone CRs of the lines read since the last count (a filter counts them as line breaks).</summary>
    private void Fill()
    {
        if (_start > 0)
        {
            _loneCr += LoneCr(_buffer.AsSpan(_uncounted, _start - _uncounted));
            _uncounted = 0;
        }
        Refill();
    }

    /// <summary>Moves the unread bytes to the buffer's start (growing it when they fill it) and reads more after them.</summary>
    private void Refill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            Grow();
        }
        var n = _stream!.Read(_buffer, _end, _buffer.Length - _end);
        _eof = n == 0;
        _end += n;
    }

    private void Grow()
    {
        var grown = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
        _buffer.AsSpan(0, _end).CopyTo(grown);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = grown;
    }

    /// <summary>
    /// From the current line on, reads through a <see cref="LongLineFilter"/>: its line <c>k</c> is the filter's line
    /// <c>k</c> + (lines and lone CRs before it) of a filter over the whole content.
    /// </summary>
    private void Filter()
    {
        _loneCr += LoneCr(_buffer.AsSpan(_uncounted, _start - _uncounted));
        _filterOffset = LineNumber + _loneCr;
        var rest = new PrefixedStream(_buffer.AsSpan(_start, _end - _start).ToArray(), _eof ? null : _stream);
        _filter = new LongLineFilter(rest, _max);
        if (!_rented)
        {
            // A block is not ours to write in: the filtered lines go to a buffer of our own.
            _buffer = ArrayPool<byte>.Shared.Rent(ReadBytes);
        }
        _stream = _filter;
        _start = 0;
        _end = 0;
        _uncounted = 0;
        _eof = false;
    }

    /// <summary>The line splitting of the filtered content, with no limit of its own.</summary>
    private bool TryReadFiltered(out ArraySegment<byte> line)
    {
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var lf = pending.IndexOf((byte)'\n');
            if (lf >= 0 || (_eof && !pending.IsEmpty))
            {
                var length = lf >= 0 ? lf : pending.Length;
                line = Take(lf, length);
                return true;
            }
            if (_eof)
            {
                line = default;
                return false;
            }
            Refill();
        }
    }

    /// <summary>The CRs of whole lines not followed by an LF (a filter counts each as a line break).</summary>
    internal static int LoneCr(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var start = ref MemoryMarshal.GetReference(bytes);
            var cr = Vector256.Create((byte)'\r');
            var lf = Vector256.Create((byte)'\n');
            for (; i + Vector256<byte>.Count < bytes.Length; i += Vector256<byte>.Count)
            {
                var here = Vector256.LoadUnsafe(ref start, (nuint)i);
                var next = Vector256.LoadUnsafe(ref start, (nuint)i + 1);
                var lone = Vector256.Equals(here, cr) & ~Vector256.Equals(next, lf);
                count += BitOperations.PopCount(lone.ExtractMostSignificantBits());
            }
        }
        for (; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\r' && (i + 1 == bytes.Length || bytes[i + 1] != (byte)'\n'))
            {
                count++;
            }
        }
        return count;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_rented || _filter is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }
        _buffer = [];
        _filter?.Dispose();
    }

    /// <summary>Some bytes, then the rest of a stream (not disposed here).</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream? rest) : ReadOnlyStream
    {
        private int _position;

        public override int Read(Span<byte> buffer)
        {
            if (_position < prefix.Length)
            {
                var n = Math.Min(buffer.Length, prefix.Length - _position);
                prefix.AsSpan(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }
            return rest?.Read(buffer) ?? 0;
        }
    }
}
