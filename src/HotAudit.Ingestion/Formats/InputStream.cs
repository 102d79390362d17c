namespace HotAudit.Ingestion;

/// <summary>An input file opened for reading: its (decompressed) content, and the file underneath for progress.</summary>
internal sealed class InputStream : IDisposable
{
    private InputStream(FileStream file, Stream content)
    {
        File = file;
        Content = content;
    }

    /// <summary>Stored bytes read so far: of the file, or of the chunk's range.</summary>
    public long Progress => Content is ChunkStream chunk ? chunk.RangeRead : File.Position;

    /// <summary>The file as stored; its position is the progress in stored bytes.</summary>
    public FileStream File { get; }

    /// <summary>The content: the file, or the decompressed stream of a <c>.gz</c> (within the inflation limits).</summary>
    public Stream Content { get; }

    /// <summary>Opens a file, decompressing it while reading when <paramref name="gzip"/> is set.</summary>
    public static InputStream Open(string path, bool gzip, ReadLimits? limits = null)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return new InputStream(file, gzip ? new LimitedGzipStream(file, limits ?? ReadLimits.Default) : file);
    }

    /// <summary>Opens a whole file like <see cref="Open"/>, hashing its stored bytes as they are read (<see cref="FinishHash"/>).</summary>
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
        using var input = Open(path, gzip);
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
        File.Dispose();
    }
}
