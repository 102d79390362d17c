namespace HotAudit.Ingestion;

/// <summary>An input file opened for reading: its (decompressed) content, and the file underneath for progress.</summary>
internal sealed class InputStream : IDisposable
{
    private InputStream(FileStream? file, Stream content)
    {
        File = file;
        Content = content;
    }

    /// <summary>Stored bytes read so far: of the file, or of the chunk's range; 0 for content in memory.</summary>
    public long Progress => Content is ChunkStream chunk ? chunk.RangeRead : File?.Position ?? 0;

    /// <summary>The file as stored (its position is the progress in stored bytes); null for content already in memory.</summary>
    public FileStream? File { get; }

    /// <summary>
    /// Content already in memory: a file's header line, if any, then a block of its (inflated) lines, then, if given, the
    /// rest of a stream (not disposed here).
    /// </summary>
    public static InputStream OfBlock(ReadOnlyMemory<byte> header, ArraySegment<byte> block, Stream? rest = null) =>
        new(null, new BlockStream(header, block, rest)) { Block = header.IsEmpty && rest is null ? block : (ArraySegment<byte>?)null };

    /// <summary>The whole content when it is one block in memory (no header, no rest), for readers that cut it in place.</summary>
    public ArraySegment<byte>? Block { get; private init; }

    /// <summary>
    /// Whether the content is a header line and a block in memory and nothing else (<see cref="OfBlock"/> without a rest),
    /// not read yet: then <paramref name="header"/> and <paramref name="block"/> are those bytes.
    /// </summary>
    public bool TryGetBlock(out ReadOnlyMemory<byte> header, out ArraySegment<byte> block)
    {
        if (Content is BlockStream { Rest: null, Unread: true } b)
        {
            header = b.Header;
            block = b.Block;
            return true;
        }
        header = default;
        block = default;
        return false;
    }

    /// <summary>The content: the file, or the decompressed stream of a <c>.gz</c> (within the inflation limits).</summary>
    public Stream Content { get; }

    /// <summary>Opens a file, decompressing it while reading when <paramref name="gzip"/> is set.</summary>
    public static InputStream Open(string path, bool gzip, ReadLimits? limits = null) => Open(path, gzip, limits, checkEnd: true);

    private static InputStream Open(string path, bool gzip, ReadLimits? limits, bool checkEnd)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return new InputStream(file, gzip ? new LimitedGzipStream(file, limits ?? ReadLimits.Default, checkEnd) : file);
    }

    /// <summary>Opens a whole file like <see cref="Open(string, bool, ReadLimits?)"/>, hashing its stored bytes as they are read (<see cref="FinishHash"/>).</summary>
    public static InputStream OpenHashed(string path, bool gzip, ReadLimits limits)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var hashed = new HashingStream(file);
        return new InputStream(file, gzip ? new LimitedGzipStream(hashed, limits) : hashed) { _hashed = hashed };
    }

    private HashingStream? _hashed;

    /// <summary>The SHA-256 of the whole stored file (the unread rest is hashed now); "" when not opened hashed or unreadable.</summary>
    public string FinishHash()
    {
        try
        {
            return _hashed?.Finish() ?? string.Empty;
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    /// <summary>Opens one chunk of a plain (not compressed) file: its header bytes, if any, then its range.</summary>
    public static InputStream OpenChunk(string path, TelemetryChunk chunk)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return new InputStream(file, new ChunkStream(file, chunk.HeaderEnd, chunk.Start, chunk.End));
    }

    /// <summary>Reads up to <see cref="EncodingDetector.SampleSize"/> bytes of the content from its start.</summary>
    public static byte[] Sample(string path, bool gzip, out bool complete)
    {
        // A sample of a file cut short is still a sample: that the file ends early is said by its reading.
        using var input = Open(path, gzip, null, checkEnd: false);
        var buffer = new byte[EncodingDetector.SampleSize];
        var filled = 0;
        int n;
        while (filled < buffer.Length && (n = input.Content.Read(buffer, filled, buffer.Length - filled)) > 0)
        {
            filled += n;
        }
        complete = filled < buffer.Length || input.Content.ReadByte() < 0;
        return buffer[..filled];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Content.Dispose();
        _hashed?.Release();
        File?.Dispose();
    }

    /// <summary>A header line, a block and the rest of a stream, read as one stream without copying any of them.</summary>
    private sealed class BlockStream(ReadOnlyMemory<byte> header, ArraySegment<byte> block, Stream? rest) : ReadOnlyStream
    {
        private long _position;

        public ReadOnlyMemory<byte> Header => header;

        public ArraySegment<byte> Block => block;

        public Stream? Rest => rest;

        public bool Unread => _position == 0;

        public override int Read(Span<byte> buffer)
        {
            var inMemory = header.Length + block.Count;
            if (_position >= inMemory)
            {
                var read = rest?.Read(buffer) ?? 0;
                _position += read;
                return read;
            }
            ReadOnlySpan<byte> source = _position < header.Length ? header.Span[(int)_position..] : block.AsSpan((int)(_position - header.Length));
            var n = Math.Min(buffer.Length, source.Length);
            source[..n].CopyTo(buffer);
            _position += n;
            return n;
        }
    }
}
