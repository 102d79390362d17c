using System.Buffers;
using System.Text;
using HotAudit.Core.Data;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Portable;

/// <summary>Reads what <see cref="RecordBatchWriter"/> wrote, its values interned into this process's <see cref="SymbolTable"/>.</summary>
public static class RecordBatches
{
    /// <summary>How many records <paramref name="batch"/> holds.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a record batch.</exception>
    public static long Count(byte[] batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var at = 0;
        return (long)ReadVarint(batch, ref at);
    }

    /// <summary>
    /// Decodes <paramref name="batches"/>, in their order, into the front of <paramref name="buffer"/> (replaced by a larger
    /// one when too small, so one buffer serves partition after partition), every value interned into
    /// <paramref name="symbols"/>; returns how many records.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not record batches.</exception>
    internal static int Decode(IReadOnlyList<byte[]> batches, SymbolTable symbols, ref Record[] buffer)
    {
        var total = 0L;
        foreach (var batch in batches)
        {
            total += Count(batch);
        }
        if (total > Array.MaxLength)
        {
            throw new InvalidDataException($"record batches: {total} records are more than one partition can hold");
        }
        if (buffer.Length < total)
        {
            buffer = new Record[total + (total / 8)];
        }
        var map = ArrayPool<int>.Shared.Rent(1024);
        var chars = ArrayPool<char>.Shared.Rent(256);
        var n = 0;
        try
        {
            foreach (var batch in batches)
            {
                ReadOnlySpan<byte> bytes = batch;
                var at = 0;
                var count = (long)ReadVarint(bytes, ref at);
                var texts = (long)ReadVarint(bytes, ref at);
                map[0] = SymbolTable.None;
                for (var t = 0L; t < texts; t++)
                {
                    var id = (int)ReadVarint(bytes, ref at);
                    var length = (int)ReadVarint(bytes, ref at);
                    if (id <= 0 || length <= 0 || length > bytes.Length - at)
                    {
                        throw new InvalidDataException($"record batch: symbol {id} of {length} bytes at byte {at} of {bytes.Length}");
                    }
                    if (id >= map.Length)
                    {
                        Grow(ref map, id + 1);
                    }
                    var utf8 = bytes.Slice(at, length);
                    at += length;
                    if (chars.Length < length)
                    {
                        ArrayPool<char>.Shared.Return(chars);
                        chars = ArrayPool<char>.Shared.Rent(length);
                    }
                    map[id] = symbols.Intern(chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, chars)));
                }
                var record = default(Record);
                for (var i = 0L; i < count; i++)
                {
                    at += RecordCodec.DecodeMapped(bytes[at..], ref record, map);
                    buffer[n++] = record;
                }
                if (at != bytes.Length)
                {
                    throw new InvalidDataException($"record batch: {bytes.Length - at} unexpected bytes after {count} records");
                }
            }
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            throw new InvalidDataException("record batch: truncated or not a record batch", e);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(map);
            ArrayPool<char>.Shared.Return(chars);
        }
        return n;
    }

    internal static int WriteVarint(Span<byte> output, int at, ulong value)
    {
        while (value >= 0x80)
        {
            output[at++] = (byte)(value | 0x80);
            value >>= 7;
        }
        output[at++] = (byte)value;
        return at;
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> input, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (at >= input.Length)
            {
                throw new InvalidDataException("record batch: truncated");
            }
            var b = input[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
        throw new InvalidDataException("record batch: a number longer than 64 bits");
    }

    private static void Grow(ref int[] map, int needed)
    {
        var larger = ArrayPool<int>.Shared.Rent(Math.Max(needed, map.Length * 2));
        map.AsSpan().CopyTo(larger);
        ArrayPool<int>.Shared.Return(map);
        map = larger;
    }
}
