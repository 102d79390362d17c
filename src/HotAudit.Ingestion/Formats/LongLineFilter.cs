using System.Buffers;

namespace HotAudit.Ingestion;

/// <summary>
/// Passes a byte stream through line by line (a line ends at LF, CR LF or a lone CR), holding back the current line
/// until it ends; a line longer than the limit is dropped as it streams (only its line break passes, so line numbers
/// stay) and its number is kept for <see cref="TakeDropped"/>. Memory stays at the limit plus one read block, whatever
/// the line. For ASCII-compatible encodings (UTF-8, GB18030, single-byte ones), in which a line break byte is always one.
/// </summary>
internal sealed class LongLineFilter : ReadOnlyStream
{
    private const int Block = 1 << 16;
    private readonly Stream _inner;
    private readonly int _max;
    private readonly List<int> _dropped = [];
    private byte[] _buf;
    private int _start;
    private int _safe;
    private int _end;
    private bool _eof;
    private bool _skipping;
    private bool _afterCr;
    private int _line = 1;

    public LongLineFilter(Stream inner, int maxLineBytes)
    {
        _inner = inner;
        _max = maxLineBytes;
        _buf = ArrayPool<byte>.Shared.Rent(maxLineBytes + Block + 2);
    }

    /// <summary>The numbers (from 1, in this stream) of the lines dropped since the last call.</summary>
    public IReadOnlyList<int> TakeDropped()
    {
        if (_dropped.Count == 0)
        {
            return [];
        }
        var taken = _dropped.ToArray();
        _dropped.Clear();
        return taken;
    }

    public override int Read(Span<byte> buffer)
    {
        while (_start == _safe)
        {
            if (_eof)
            {
                // The last line, with no line break: it is whole now, and within the limit (else it was dropped).
                _safe = _end;
                if (_start == _safe)
                {
                    return 0;
                }
                break;
            }
            Fill();
        }
        var n = Math.Min(buffer.Length, _safe - _start);
        _buf.AsSpan(_start, n).CopyTo(buffer);
        _start += n;
        return n;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buf.AsSpan(_start, _end - _start).CopyTo(_buf);
            _safe -= _start;
            _end -= _start;
            _start = 0;
        }
        var n = _inner.Read(_buf, _end, Math.Min(Block, _buf.Length - _end));
        _eof = n == 0;
        _end = Scan(_end, _end + n);
    }

    /// <summary>
    /// Moves the bytes read to where they are kept (dropping an over-long line's); returns the new end. The bytes between
    /// line breaks are found and moved a run at a time (a vectorized search), the line breaks one by one.
    /// </summary>
    private int Scan(int from, int to)
    {
        var w = from;
        var i = from;
        while (i < to)
        {
            var next = _buf.AsSpan(i, to - i).IndexOfAny((byte)'\r', (byte)'\n');
            var run = next < 0 ? to - i : next;
            if (run > 0)
            {
                _afterCr = false;
                if (!_skipping)
                {
                    if (w != i)
                    {
                        _buf.AsSpan(i, run).CopyTo(_buf.AsSpan(w));
                    }
                    w += run;
                    if (w - _safe > _max)
                    {
                        _dropped.Add(_line);
                        w = _safe;
                        _skipping = true;
                    }
                }
                i += run;
                continue;
            }
            var b = _buf[i++];
            var lineBreak = b == '\r' || !_afterCr;
            _afterCr = b == '\r';
            _buf[w++] = b;
            _skipping = false;
            _safe = w;
            _line += lineBreak ? 1 : 0;
        }
        return w;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _buf.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buf);
            _buf = [];
        }
        base.Dispose(disposing);
    }
}
