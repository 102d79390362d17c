namespace HotAudit.Ingestion;

/// <summary>A read-only stream over the first <c>prefix</c> bytes of a file followed by one byte range of it.</summary>
internal sealed class ChunkStream : ReadOnlyStream
{
    private readonly FileStream _file;
    private readonly long _prefixEnd;
    private readonly long _start;
    private readonly long _end;
    private long _position;

    public ChunkStream(FileStream file, long prefix, long start, long end)
    {
        _file = file;
        _prefixEnd = prefix;
        _start = start;
        _end = end;
        _file.Position = prefix > 0 ? 0 : start;
    }

    public override long Length => _prefixEnd + (_end - _start);

    /// <summary>Bytes of the range (not the prefix) read so far.</summary>
    public long RangeRead => Math.Max(0, _position - _prefixEnd);

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        long limit;
        if (_position < _prefixEnd)
        {
            limit = _prefixEnd - _position;
        }
        else
        {
            if (_position == _prefixEnd && _file.Position != _start)
            {
                _file.Position = _start;
            }
            limit = Length - _position;
        }
        if (limit <= 0)
        {
            return 0;
        }
        var n = _file.Read(buffer[..(int)Math.Min(buffer.Length, limit)]);
        _position += n;
        return n;
    }
}
