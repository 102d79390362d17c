using System.IO.Compression;

namespace HotAudit.Ingestion;

/// <summary>
/// Inflates a <c>.gz</c> while counting: past <see cref="ReadLimits.GzipMaxBytes"/> inflated bytes, or past
/// <see cref="ReadLimits.GzipMaxRatio"/> times the compressed bytes read (judged from <see cref="ReadLimits.GzipRatioFloor"/>
/// on), reading stops with an <see cref="InputLimitException"/> naming the limit: a gzip bomb costs time, not memory.
/// </summary>
internal sealed class LimitedGzipStream(Stream compressed, ReadLimits limits) : Stream
{
    private readonly GZipStream _inflate = new(compressed, CompressionMode.Decompress);
    private long _inflated;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _inflated; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = _inflate.Read(buffer);
        _inflated += n;
        if (_inflated > limits.GzipMaxBytes)
        {
            throw new InputLimitException($"inflates to more than {ReadLimits.Size(limits.GzipMaxBytes)} (limit GzipMaxBytes)");
        }
        if (_inflated >= ReadLimits.GzipRatioFloor && _inflated / Math.Max(1, compressed.Position) > limits.GzipMaxRatio)
        {
            throw new InputLimitException($"inflates more than {limits.GzipMaxRatio} times its compressed size (limit GzipMaxRatio)");
        }
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inflate.Dispose();
        }
        base.Dispose(disposing);
    }
}
