using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;

namespace HotAudit.Worker.Streams.Journal;

/// <summary>
/// One append-only segment file: a magic header, then records framed as payload length (u32), CRC-32 of the payload
/// (u32) and the payload. Opening an existing file checks every record and cuts what follows the last whole one (a
/// write torn by a crash): the file then ends where its last acknowledged record ended.
/// </summary>
internal sealed class SegmentFile : IDisposable
{
    private static readonly byte[] Magic = "HAJSEG1\n"u8.ToArray();
    private readonly FileStream _file;

    private SegmentFile(string path, FileStream file)
    {
        Path = path;
        _file = file;
    }

    public string Path { get; }

    /// <summary>Where the first record starts.</summary>
    public static long HeaderLength => Magic.Length;

    /// <summary>Bytes of whole records (and header) on disk: what a reader may read.</summary>
    public long Length { get; private set; }

    /// <summary>Opens or creates the file; <paramref name="cut"/> is told the offset and size of a torn tail it removed.</summary>
    /// <exception cref="InvalidDataException">The file is not a journal segment.</exception>
    public static SegmentFile Open(string path, Action<string, long, long> cut, Action<long, ReadOnlyMemory<byte>>? record = null)
    {
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.Read, BufferSize = 0 };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = PrivateFiles.FileMode;
        }
        var file = new FileStream(path, options);
        try
        {
            var segment = new SegmentFile(path, file);
            segment.Length = segment.Scan(record, cut);
            return segment;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads the whole records of a segment another writer may be appending to, from <paramref name="start"/> (a record's
    /// offset: <see cref="HeaderLength"/> or where an earlier reading stopped) up to <paramref name="length"/>. Each
    /// record is lent until the next is read (one pooled buffer: a window's reading is not a large allocation per record).
    /// </summary>
    public static IEnumerable<ReadOnlyMemory<byte>> Read(string path, long start, long length)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        var at = Math.Max(start, Magic.Length);
        file.Position = at;
        var header = new byte[8];
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            while (at + 8 <= length)
            {
                file.ReadExactly(header);
                var size = BinaryPrimitives.ReadInt32LittleEndian(header);
                if (buffer.Length < size)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent(size);
                }
                file.ReadExactly(buffer, 0, size);
                at += 8 + size;
                yield return buffer.AsMemory(0, size);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Appends one record (not yet durable: see <see cref="Flush"/>).</summary>
    public void Append(ReadOnlySpan<byte> payload)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], Crc32.HashToUInt32(payload));
        _file.Write(header);
        _file.Write(payload);
    }

    /// <summary>Makes every appended record durable (fsync), then lets readers see them.</summary>
    public void Flush()
    {
        _file.Flush(flushToDisk: true);
        Length = _file.Position;
    }

    public void Dispose() => _file.Dispose();

    private long Scan(Action<long, ReadOnlyMemory<byte>>? record, Action<string, long, long> cut)
    {
        var size = _file.Length;
        if (size < Magic.Length)
        {
            // A segment whose creation was cut short holds no record yet.
            _file.SetLength(0);
            _file.Write(Magic);
            _file.Flush(flushToDisk: true);
            return Magic.Length;
        }
        var magic = new byte[Magic.Length];
        _file.ReadExactly(magic);
        if (!magic.AsSpan().SequenceEqual(Magic))
        {
            throw new InvalidDataException($"{Path} is not a journal segment");
        }
        var at = (long)Magic.Length;
        var header = new byte[8];
        while (at + 8 <= size)
        {
            _file.ReadExactly(header);
            var length = BinaryPrimitives.ReadInt32LittleEndian(header);
            if (length < 0 || at + 8 + length > size)
            {
                break;
            }
            var payload = new byte[length];
            _file.ReadExactly(payload);
            if (Crc32.HashToUInt32(payload) != BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4)))
            {
                break;
            }
            record?.Invoke(at, payload);
            at += 8 + length;
        }
        if (at < size)
        {
            cut(Path, at, size - at);
            _file.SetLength(at);
            _file.Flush(flushToDisk: true);
        }
        _file.Position = at;
        return at;
    }
}
