using System.IO.Compression;
using HotAudit.Core.Quality;

namespace HotAudit.Ingestion;

/// <summary>
/// Inflates a <c>.gz</c> while counting: past <see cref="ReadLimits.GzipMaxBytes"/> inflated bytes, or past
/// <see cref="ReadLimits.GzipMaxRatio"/> times the compressed bytes read (judged from <see cref="ReadLimits.GzipRatioFloor"/>
/// on), reading stops with an <see cref="InputLimitException"/> naming the limit: a gzip bomb costs time, not memory.
/// </summary>
internal sealed class LimitedGzipStream(Stream compressed, ReadLimits limits) : ReadOnlyStream
{
    private readonly GZipStream _inflate = new(compressed, CompressionMode.Decompress);
    private long _inflated;

    public override int Read(Span<byte> buffer)
    {
        var n = _inflate.Read(buffer);
        _inflated += n;
        if (_inflated > limits.GzipMaxBytes)
        {
            throw new InputLimitException(RunMessages.GzipTooLarge.Format(ReadLimits.Size(limits.GzipMaxBytes)));
        }
        if (_inflated >= ReadLimits.GzipRatioFloor && _inflated / Math.Max(1, compressed.Position) > limits.GzipMaxRatio)
        {
            throw new InputLimitException(RunMessages.GzipRatio.Format(limits.GzipMaxRatio));
        }
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inflate.Dispose();
        }
        base.Dispose(disposing);
    }
}
