using System.Text;

namespace HotAudit.Ingestion;

/// <summary>
/// Finds chunk boundaries while a file streams past in blocks: after the first LF at or beyond each multiple of the
/// chunk size, with the number of the line that follows. A delimited file is not split when it holds a quote (a quoted
/// field may hold a line break) or a CR that is not followed by LF (a line break the LF count would miss).
/// </summary>
internal sealed class BoundaryScan(bool delimited, long chunkBytes)
{
    private readonly long _chunkBytes = chunkBytes;
    private readonly List<(long Offset, int NextLine)> _boundaries = [];
    private bool _splittable = true;
    private long _position;
    private long _lines;
    private long _target = chunkBytes;
    private bool _pendingCr;

    /// <summary>Bytes of the header line including its line break (delimited files); -1 until found.</summary>
    public long HeaderEnd { get; private set; } = delimited ? -1 : 0;

    /// <summary>Reads the next block of the file.</summary>
    public void Block(ReadOnlySpan<byte> block)
    {
        if (!_splittable)
        {
            return;
        }
        if (delimited && !Clean(block))
        {
            _splittable = false;
            return;
        }
        if (HeaderEnd < 0 && block.IndexOf((byte)'\n') is var h and >= 0)
        {
            HeaderEnd = _position + h + 1;
            if (delimited && _position == 0 && !HeaderFirst(block))
            {
                // Every chunk is read behind the file's first line: it must be the header.
                _splittable = false;
                return;
            }
        }
        while (_target < _position + block.Length)
        {
            var from = (int)Math.Max(0, _target - _position);
            var lf = block[from..].IndexOf((byte)'\n');
            if (lf < 0)
            {
                break;
            }
            var at = from + lf;
            var offset = _position + at + 1;
            var next = _lines + block[..(at + 1)].Count((byte)'\n') + 1;
            if (offset > HeaderEnd && HeaderEnd >= 0)
            {
                _boundaries.Add((offset, checked((int)next)));
            }
            _target = offset + _chunkBytes;
        }
        _lines += block.Count((byte)'\n');
        _position += block.Length;
    }

    /// <summary>The boundaries inside a file of <paramref name="size"/> bytes, or null when it stays whole.</summary>
    public IReadOnlyList<(long Offset, int NextLine)>? Result(long size)
    {
        if (!_splittable || _pendingCr || HeaderEnd < 0 || _position != size)
        {
            return null;
        }
        var inside = _boundaries.Where(b => b.Offset < size).ToList();
        return inside.Count == 0 ? null : inside;
    }

    /// <summary>
    /// Whether a delimited file's first line (after a byte-order mark) can stand in front of every later block or chunk
    /// as its header: not blank and not a <c>sep=</c> delimiter hint, which the reader takes as such only at the file's
    /// start. A file that starts otherwise is read in one piece.
    /// </summary>
    internal static bool HeaderFirst(ReadOnlySpan<byte> start)
    {
        var lf = start.IndexOf((byte)'\n');
        var first = start[..(lf < 0 ? start.Length : lf)];
        if (first.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            first = first[3..];
        }
        first = first.Trim(" \t\r"u8);
        return !first.IsEmpty && !(first.Length >= 4 && Ascii.EqualsIgnoreCase(first[..4], "sep="u8));
    }

    private bool Clean(ReadOnlySpan<byte> block)
    {
        if (_pendingCr && block[0] != (byte)'\n')
        {
            return false;
        }
        return CutSafe(block, out _pendingCr);
    }

    /// <summary>
    /// Whether a delimited file's bytes can be cut at any LF: no quote (a quoted field may hold a line break) and every CR
    /// followed by LF, but for a CR that ends the bytes (<paramref name="endsInCr"/>: the next bytes must start with LF).
    /// </summary>
    /// <remarks>
    /// The CRs are checked in one pass, 32 bytes at a time (<see cref="LineReader.LoneCr"/>: a CR LF file has one a line,
    /// and finding them one by one cost the reading thread a call per line).
    /// </remarks>
    public static bool CutSafe(ReadOnlySpan<byte> bytes, out bool endsInCr)
    {
        endsInCr = false;
        if (bytes.Contains((byte)'"'))
        {
            return false;
        }
        if (bytes.IsEmpty || bytes.IndexOf((byte)'\r') < 0)
        {
            return true;
        }
        // Every CR but a last byte must be followed by LF: the lone CRs are at most that last one.
        var last = bytes[^1] == (byte)'\r';
        if (LineReader.LoneCr(bytes) != (last ? 1 : 0))
        {
            return false;
        }
        endsInCr = last;
        return true;
    }
}
