using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HotAudit.Core.Data;

/// <summary>
/// Encodes a sequence of records compactly and decodes it exactly back: each record against the one before it in the
/// same sequence. A leading varint says which column slots changed (and whether the file and device hash did); the
/// time is a zigzag varint of the difference in ticks, the line a difference within the same file, the symbols of the
/// changed slots varints (symbols are dense ids), the fingerprint its 16 bytes. A telemetry event takes ~30 bytes
/// instead of the record's 144. Differences wrap around, so every value of every field comes back unchanged.
/// </summary>
internal static class RecordCodec
{
    /// <summary>The most bytes one record can take: flags and slots 4, time 10, file and line 10, fingerprint 16, hash 4, symbols 24 × 5.</summary>
    public const int MaxEncodedLength = 168;

    private const int FileChanged = 1;
    private const int HashChanged = 2;
    private const int SlotShift = 2;

    /// <summary>Writes <paramref name="record"/> (following <paramref name="previous"/>) to the front of <paramref name="output"/>; returns the bytes written.</summary>
    /// <remarks>
    /// With room for <see cref="MaxEncodedLength"/> bytes (as a partition always leaves) the bytes are written without a
    /// bounds check per byte and the changed slots found with three vector compares; the bytes are those of
    /// <see cref="EncodeChecked"/>, which writes a shorter output.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Encode(in Record record, in Record previous, Span<byte> output)
    {
        if (output.Length < MaxEncodedLength)
        {
            return EncodeChecked(record, previous, output);
        }
        ref var o = ref MemoryMarshal.GetReference(output);
        var changed = ChangedSlots(record, previous);
        var fileChanged = record.File != previous.File;
        var mask = (changed << SlotShift) | (fileChanged ? FileChanged : 0u) | (record.DeviceHash != previous.DeviceHash ? HashChanged : 0u);
        var at = Put(ref o, 0, mask);
        at = Put(ref o, at, ZigZag(unchecked(record.Ts - previous.Ts)));
        if (fileChanged)
        {
            at = Put(ref o, at, (uint)record.File);
            at = Put(ref o, at, (uint)record.Line);
        }
        else
        {
            at = Put(ref o, at, ZigZag(unchecked(record.Line - previous.Line)));
        }
        BinaryPrimitives.WriteUInt128LittleEndian(MemoryMarshal.CreateSpan(ref Unsafe.Add(ref o, at), 16), record.Fingerprint);
        at += 16;
        if ((mask & HashChanged) != 0)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(MemoryMarshal.CreateSpan(ref Unsafe.Add(ref o, at), 4), record.DeviceHash);
            at += 4;
        }
        ref var fields = ref Unsafe.As<FieldSlots, int>(ref Unsafe.AsRef(in record.Fields));
        for (var slots = changed; slots != 0; slots &= slots - 1)
        {
            at = Put(ref o, at, (uint)Unsafe.Add(ref fields, BitOperations.TrailingZeroCount(slots)));
        }
        return at;
    }

    /// <summary>The slots whose symbol differs between the two records, as bits (slot i = bit i).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint ChangedSlots(in Record record, in Record previous)
    {
        ref var a = ref Unsafe.As<FieldSlots, int>(ref Unsafe.AsRef(in record.Fields));
        ref var b = ref Unsafe.As<FieldSlots, int>(ref Unsafe.AsRef(in previous.Fields));
        if (Vector256.IsHardwareAccelerated && FieldSlots.Capacity == 24)
        {
            var same = Vector256.Equals(Vector256.LoadUnsafe(ref a), Vector256.LoadUnsafe(ref b)).ExtractMostSignificantBits()
                | (Vector256.Equals(Vector256.LoadUnsafe(ref a, 8), Vector256.LoadUnsafe(ref b, 8)).ExtractMostSignificantBits() << 8)
                | (Vector256.Equals(Vector256.LoadUnsafe(ref a, 16), Vector256.LoadUnsafe(ref b, 16)).ExtractMostSignificantBits() << 16);
            return ~same & ((1u << FieldSlots.Capacity) - 1);
        }
        var mask = 0u;
        for (var i = 0; i < FieldSlots.Capacity; i++)
        {
            if (Unsafe.Add(ref a, i) != Unsafe.Add(ref b, i))
            {
                mask |= 1u << i;
            }
        }
        return mask;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Put(ref byte output, int at, ulong value)
    {
        while (value >= 0x80)
        {
            Unsafe.Add(ref output, at++) = (byte)(value | 0x80);
            value >>= 7;
        }
        Unsafe.Add(ref output, at++) = (byte)value;
        return at;
    }

    /// <summary><see cref="Encode"/> with every write bounds-checked: for an output shorter than <see cref="MaxEncodedLength"/>, and the reference the tests hold it to.</summary>
    internal static int EncodeChecked(in Record record, in Record previous, Span<byte> output)
    {
        var mask = 0u;
        for (var i = 0; i < FieldSlots.Capacity; i++)
        {
            if (record.Fields[i] != previous.Fields[i])
            {
                mask |= 1u << (i + SlotShift);
            }
        }
        var fileChanged = record.File != previous.File;
        mask |= (fileChanged ? FileChanged : 0u) | (record.DeviceHash != previous.DeviceHash ? HashChanged : 0u);
        var at = WriteVarint(output, 0, mask);
        at = WriteVarint(output, at, ZigZag(unchecked(record.Ts - previous.Ts)));
        if (fileChanged)
        {
            at = WriteVarint(output, at, (uint)record.File);
            at = WriteVarint(output, at, (uint)record.Line);
        }
        else
        {
            at = WriteVarint(output, at, ZigZag(unchecked(record.Line - previous.Line)));
        }
        BinaryPrimitives.WriteUInt128LittleEndian(output[at..], record.Fingerprint);
        at += 16;
        if ((mask & HashChanged) != 0)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(output[at..], record.DeviceHash);
            at += 4;
        }
        for (var slots = mask >> SlotShift; slots != 0; slots &= slots - 1)
        {
            at = WriteVarint(output, at, (uint)record.Fields[System.Numerics.BitOperations.TrailingZeroCount(slots)]);
        }
        return at;
    }

    /// <summary>
    /// Reads one record from the front of <paramref name="input"/> into <paramref name="record"/>, which holds the
    /// previous record of the sequence on entry (default for the first); returns the bytes read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Decode(ReadOnlySpan<byte> input, ref Record record)
    {
        var at = DecodeHeader(input, ref record, out var mask);
        for (var slots = mask >> SlotShift; slots != 0; slots &= slots - 1)
        {
            record.Fields[System.Numerics.BitOperations.TrailingZeroCount(slots)] = (int)(uint)ReadVarint(input, ref at);
        }
        return at;
    }

    /// <summary>
    /// <see cref="Decode"/> for a sequence whose symbols are another table's ids (a cluster's record batch): each changed
    /// slot's id is translated through <paramref name="map"/> (that table's id → this process's symbol). The slots that did
    /// not change keep the translated symbols of the record before.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int DecodeMapped(ReadOnlySpan<byte> input, ref Record record, int[] map)
    {
        var at = DecodeHeader(input, ref record, out var mask);
        for (var slots = mask >> SlotShift; slots != 0; slots &= slots - 1)
        {
            record.Fields[System.Numerics.BitOperations.TrailingZeroCount(slots)] = map[(int)(uint)ReadVarint(input, ref at)];
        }
        return at;
    }

    /// <summary>A record's mask, time, file and line, fingerprint and device hash (what <see cref="Decode"/> and <see cref="DecodeMapped"/> share); returns where the slots begin.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int DecodeHeader(ReadOnlySpan<byte> input, ref Record record, out uint mask)
    {
        var at = 0;
        mask = (uint)ReadVarint(input, ref at);
        record.Ts = unchecked(record.Ts + UnZigZag(ReadVarint(input, ref at)));
        if ((mask & FileChanged) != 0)
        {
            record.File = (int)(uint)ReadVarint(input, ref at);
            record.Line = (int)(uint)ReadVarint(input, ref at);
        }
        else
        {
            record.Line = unchecked(record.Line + (int)UnZigZag(ReadVarint(input, ref at)));
        }
        record.Fingerprint = BinaryPrimitives.ReadUInt128LittleEndian(input[at..]);
        at += 16;
        if ((mask & HashChanged) != 0)
        {
            record.DeviceHash = BinaryPrimitives.ReadUInt32LittleEndian(input[at..]);
            at += 4;
        }
        return at;
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    private static long UnZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);

    private static int WriteVarint(Span<byte> output, int at, ulong value)
    {
        while (value >= 0x80)
        {
            output[at++] = (byte)(value | 0x80);
            value >>= 7;
        }
        output[at++] = (byte)value;
        return at;
    }

    /// <summary>One varint; most are one byte (small time and line differences, symbols under 128), read inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ReadVarint(ReadOnlySpan<byte> input, ref int at)
    {
        var first = input[at];
        if (first < 0x80)
        {
            at++;
            return first;
        }
        return ReadLongVarint(input, ref at);
    }

    private static ulong ReadLongVarint(ReadOnlySpan<byte> input, ref int at)
    {
        ulong value = 0;
        var shift = 0;
        while (true)
        {
            var b = input[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
            shift += 7;
        }
    }
}
