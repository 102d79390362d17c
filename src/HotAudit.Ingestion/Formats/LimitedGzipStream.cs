using System.Buffers.Binary;
using System.IO.Compression;
using HotAudit.Core.Quality;

namespace HotAudit.Ingestion;

/// <summary>
/// Inflates a <c>.gz</c> while counting: past <see cref="ReadLimits.GzipMaxBytes"/> inflated bytes, or past
/// <see cref="ReadLimits.GzipMaxRatio"/> times the compressed bytes read (judged from <see cref="ReadLimits.GzipRatioFloor"/>
/// on), reading stops with an <see cref="InputLimitException"/> naming the limit: a gzip bomb costs time, not memory.
/// A file cut short (an interrupted download or copy) inflates without complaint in .NET: its end is recognised here,
/// when the size in the gzip trailer (its last 4 bytes) is not what was inflated and the content stops inside a line,
/// and reading stops with an <see cref="InvalidDataException"/> instead of losing the rest of the file unsaid. (A file of
/// several gzip members, whose trailer counts only the last one, ends with a whole line and passes.)
/// </summary>
internal sealed class LimitedGzipStream : ReadOnlyStream
{
    private readonly Stream _compressed;
    private readonly ReadLimits _limits;
    private readonly TailStream _tail;
    private readonly GZipStream _inflate;
    private long _inflated;
    private byte _last = (byte)'\n';
    private bool _ended;

    public LimitedGzipStream(Stream compressed, ReadLimits limits, bool checkEnd = true)
    {
        _ended = !checkEnd;
        _compressed = compressed;
        _limits = limits;
        _tail = new TailStream(compressed);
        _inflate = new GZipStream(_tail, CompressionMode.Decompress);
    }

    public override int Read(Span<byte> buffer)
    {
        var n = _inflate.Read(buffer);
        _inflated += n;
        if (_inflated > _limits.GzipMaxBytes)
        {
            throw new InputLimitException(RunMessages.GzipTooLarge.Format(ReadLimits.Size(_limits.GzipMaxBytes)));
        }
        if (_inflated >= ReadLimits.GzipRatioFloor && _inflated / Math.Max(1, _compressed.Position) > _limits.GzipMaxRatio)
        {
            throw new InputLimitException(RunMessages.GzipRatio.Format(_limits.GzipMaxRatio));
        }
        if (n > 0)
        {
            _last = buffer[n - 1];
        }
        else if (buffer.Length > 0 && !_ended)
        {
            _ended = true;
            CheckEnd();
        }
        return n;
    }

    private void CheckEnd()
    {
        if (_tail.Count < 8 || _last == (byte)'\n')
        {
            return;
        }
        var size = BinaryPrimitives.ReadUInt32LittleEndian(_tail.Last8[4..]);
        if (size != (uint)_inflated)
        {
            throw new InvalidDataException(RunMessages.GzipCutShort.Format(size, _inflated));
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inflate.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>Passes the compressed bytes through, remembering the last 8 (a gzip member's trailer: CRC-32 and size).</summary>
    private sealed class TailStream(Stream inner) : ReadOnlyStream
    {
        private readonly byte[] _last = new byte[8];

        /// <summary>Bytes read so far.</summary>
        public long Count { get; private set; }

        /// <summary>The last 8 bytes read (valid once <see cref="Count"/> is at least 8).</summary>
        public ReadOnlySpan<byte> Last8 => _last;

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            if (n >= 8)
            {
                buffer.Slice(n - 8, 8).CopyTo(_last);
            }
            else if (n > 0)
            {
                _last.AsSpan(n).CopyTo(_last);
                buffer[..n].CopyTo(_last.AsSpan(8 - n));
            }
            Count += n;
            return n;
        }
    }
}
