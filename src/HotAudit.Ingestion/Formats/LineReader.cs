using System.Buffers;

namespace HotAudit.Ingestion;

/// <summary>Splits a byte stream into physical lines (LF or CR LF), counting them from 1; the buffer is reused.</summary>
internal sealed class LineReader : IDisposable
{
    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>Reads <paramref name="stream"/>; its first line is number <paramref name="linesBefore"/> + 1.</summary>
    public LineReader(Stream stream, int linesBefore = 0)
    {
        _stream = stream;
        LineNumber = linesBefore;
    }

    /// <summary>1-based number of the line last read.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Reads the next line without its line break; the span is valid until the next call.</summary>
    public bool TryRead(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var lf = pending.IndexOf((byte)'\n');
            if (lf >= 0 || (_eof && !pending.IsEmpty))
            {
                var length = lf >= 0 ? lf : pending.Length;
                line = pending[..length];
                _start += lf >= 0 ? lf + 1 : length;
                LineNumber++;
                if (line.EndsWith((byte)'\r'))
                {
                    line = line[..^1];
                }
                return true;
            }
            if (_eof)
            {
                line = default;
                return false;
            }
            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            var grown = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _end).CopyTo(grown);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = grown;
        }
        var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _eof = n == 0;
        _end += n;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
