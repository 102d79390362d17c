using System.Buffers;

namespace HotAudit.Worker.Streams.Ingest;

/// <summary>
/// A posted body in memory, in an array rented from the shared pool (a batch of 5,000 rows is about a megabyte: a new
/// array each time would be a fresh large-object allocation per batch), returned when disposed.
/// </summary>
internal sealed class BodyBuffer : IDisposable
{
    private const int ReadSize = 1 << 16;
    private byte[] _bytes;
    private int _length;

    public BodyBuffer(long expected) => _bytes = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(expected, ReadSize, Array.MaxLength));

    /// <summary>The bytes written, from <see cref="Start"/>.</summary>
    public ArraySegment<byte> Content => new(_bytes, Start, _length - Start);

    /// <summary>Where the content starts (bytes before it were written but are skipped).</summary>
    public int Start { get; set; }

    /// <summary>The bytes written so far, all of them.</summary>
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, _length);

    public void Write(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>Reads <paramref name="source"/> to its end onto the written bytes.</summary>
    public async Task FillAsync(Stream source, CancellationToken ct)
    {
        while (true)
        {
            Reserve(ReadSize);
            var n = await source.ReadAsync(_bytes.AsMemory(_length), ct);
            if (n == 0)
            {
                return;
            }
            _length += n;
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
        _length = 0;
    }

    private void Reserve(int bytes)
    {
        if (_bytes.Length - _length >= bytes)
        {
            return;
        }
        var grown = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max((long)_bytes.Length * 2, (long)_length + bytes)));
        _bytes.AsSpan(0, _length).CopyTo(grown);
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = grown;
    }
}
