using System.Buffers;
using HotAudit.Core.Data;

namespace HotAudit.Core.Engine;

/// <summary>
/// One partition's records, encoded by <see cref="RecordCodec"/> into native chunks in the order they were added. A full
/// chunk stays in memory while the <see cref="MemoryBudget"/> has room for it; otherwise it is appended to the
/// partition's file (opened through <c>openSpill</c> at the first such chunk) and its memory freed.
/// Not thread-safe: the store locks each partition.
/// </summary>
internal sealed class PartitionStream(MemoryBudget budget, Func<FileStream> openSpill) : IDisposable
{
    /// <summary>
    /// Bytes of a full-grown chunk. A partition's first chunks are smaller (4 KiB, doubling), so a store of few records
    /// takes little memory.
    /// </summary>
    public const int ChunkBytes = 128 * 1024;

    private const int FirstChunkBytes = 4 * 1024;

    private readonly List<Segment> _segments = [];
    private Record _last;
    private NativeChunk? _current;
    private int _used;
    private FileStream? _spill;
    private long _spillLength;

    /// <summary>Records added.</summary>
    public long Count { get; private set; }

    /// <summary>Bytes written to the partition's file (read without the partition's lock, for progress).</summary>
    public long SpilledBytes => Volatile.Read(ref _spillLength);

    /// <summary>Bytes held in memory under the budget.</summary>
    public long HeldBytes { get; private set; }

    /// <summary>Appends a record.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Add(in Record record)
    {
        if (_current is null || _current.Length - _used < RecordCodec.MaxEncodedLength)
        {
            Seal();
            _current = new NativeChunk(Math.Min(ChunkBytes, FirstChunkBytes << Math.Min(_segments.Count, 5)));
            _used = 0;
        }
        _used += RecordCodec.Encode(record, _last, _current.Span[_used..]);
        _last = record;
        Count++;
    }

    /// <summary>Decodes every record, in the order they were added, into the front of <paramref name="records"/> (which must hold <see cref="Count"/>).</summary>
    public void ReadInto(Span<Record> records)
    {
        if (Released)
        {
            throw new InvalidOperationException("The partition was taken for evaluation: its records are no longer held.");
        }
        var state = default(Record);
        var at = 0;
        byte[]? fromDisk = null;
        try
        {
            foreach (var segment in _segments)
            {
                Span<byte> bytes;
                if (segment.Chunk is { } chunk)
                {
                    bytes = chunk.Span[..segment.Length];
                }
                else
                {
                    fromDisk ??= ArrayPool<byte>.Shared.Rent(ChunkBytes);
                    bytes = fromDisk.AsSpan(0, segment.Length);
                    RandomAccess.Read(_spill!.SafeFileHandle, bytes, segment.Offset);
                }
                at = Decode(bytes, records, at, ref state);
            }
            if (_current is not null)
            {
                Decode(_current.Span[.._used], records, at, ref state);
            }
        }
        finally
        {
            if (fromDisk is not null)
            {
                ArrayPool<byte>.Shared.Return(fromDisk);
            }
        }
    }

    private static int Decode(ReadOnlySpan<byte> bytes, Span<Record> records, int at, ref Record state)
    {
        var read = 0;
        while (read < bytes.Length)
        {
            read += RecordCodec.Decode(bytes[read..], ref state);
            records[at++] = state;
        }
        return at;
    }

    /// <summary>Files the current chunk: kept in memory when the budget allows, else appended to the partition's file.</summary>
    private void Seal()
    {
        if (_current is null)
        {
            return;
        }
        if (budget.TryReserve(_current.Length))
        {
            HeldBytes += _current.Length;
            _segments.Add(new Segment(_current, 0, _used));
        }
        else
        {
            _spill ??= openSpill();
            RandomAccess.Write(_spill.SafeFileHandle, _current.Span[.._used], _spillLength);
            _segments.Add(new Segment(null, _spillLength, _used));
            _spillLength += _used;
            _current.Dispose();
        }
        _current = null;
    }

    /// <summary>Frees the chunks, gives their bytes back to the budget, and closes the file.</summary>
    public void Dispose()
    {
        Release();
        _spill?.Dispose();
    }

    /// <summary>Frees the memory of a partition that will not be read again and gives it back to the budget (<see cref="Count"/> stays).</summary>
    public void Release()
    {
        Released = true;
        foreach (var segment in _segments)
        {
            segment.Chunk?.Dispose();
        }
        _segments.Clear();
        budget.Release(HeldBytes);
        HeldBytes = 0;
        _current?.Dispose();
        _current = null;
    }

    /// <summary>Whether <see cref="Release"/> was called: the records are gone.</summary>
    public bool Released { get; private set; }

    private readonly record struct Segment(NativeChunk? Chunk, long Offset, int Length);
}
