using System.Runtime.CompilerServices;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;

namespace HotAudit.Core.Engine;

/// <summary>
/// Puts a partition in the order the rules read it: duplicates dropped (same fingerprint; the first in file order
/// stays), then by device (app_id, device_id), time, file and line. Records are 144 bytes, so they are not moved at all:
/// 32-byte keys are sorted, and the pass gathers each device's records by the keys' indexes into a small buffer that
/// stays in cache while every rule reads it (moving the records of a whole partition into order was a chain of
/// dependent random accesses over ~13 MB, the largest single cost of the pass).
/// One instance per worker: its buffers are reused from partition to partition. Its loops run a few times per case over
/// millions of records, too few calls for tiered compilation to promote them: they are compiled fully optimized at once
/// instead of running as on-stack-replacement code.
/// </summary>
internal sealed class DeviceOrder
{
    private static readonly int AppSlot = Schemas.Telemetry.Slot("app_id");
    private static readonly int DeviceSlot = Schemas.Telemetry.Slot("device_id");

    private readonly FingerprintSet _seen = new();
    private SortKey[] _keys = [];
    private bool[] _drop = [];
    private Record[] _device = [];

    /// <summary>The worker's record buffer (filled by <see cref="PartitionStore.Read(int, ref Record[])"/>).</summary>
    public Record[] Records = [];

    /// <summary>
    /// Orders the first <paramref name="count"/> of <see cref="Records"/> (left where they are) and returns the keys of
    /// those that stay, sorted: each key's <see cref="SortKey.Index"/> is a record's place in <see cref="Records"/>, and
    /// consecutive keys with the same <see cref="SortKey.Device"/> are one device's records. Counts dropped duplicates per file.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<SortKey> Arrange(int count, long[] duplicates)
    {
        var records = Records;
        var drop = Deduplicate(records, count, duplicates);
        var keys = Grow(ref _keys, count);
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            if (drop is not null && drop[i])
            {
                continue;
            }
            ref readonly var r = ref records[i];
            keys[kept++] = new SortKey(((ulong)(uint)r.Fields[AppSlot] << 32) | (uint)r.Fields[DeviceSlot], r.Ts, ((ulong)(uint)r.File << 32) | (uint)r.Line, i);
        }
        keys.AsSpan(0, kept).Sort();
        return keys.AsSpan(0, kept);
    }

    /// <summary>Copies the records of <paramref name="keys"/> (one device's, in order) into a buffer reused from device to device.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<Record> Gather(ReadOnlySpan<SortKey> keys)
    {
        var records = Records;
        var device = Grow(ref _device, keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            device[i] = records[keys[i].Index];
        }
        return device.AsSpan(0, keys.Length);
    }

    private static T[] Grow<T>(ref T[] buffer, int length) => buffer.Length >= length ? buffer : buffer = new T[length + (length / 8)];

    /// <summary>
    /// Marks later copies of a fingerprint (in file, then line order) as dropped and counts them per file; null when
    /// nothing is dropped. One pass in the records' own order: the set keeps, per fingerprint, the record that comes first
    /// by (file, line) so far, so a copy met before the one that stays still loses to it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool[]? Deduplicate(Record[] records, int count, long[] duplicates)
    {
        var seen = _seen;
        seen.Reset(count);
        var drop = Grow(ref _drop, count);
        Array.Clear(drop, 0, count);
        var any = false;
        for (var i = 0; i < count; i++)
        {
            ref readonly var r = ref records[i];
            ref var kept = ref seen.Claim(r.Fingerprint, i, out var added);
            if (added)
            {
                continue;
            }
            any = true;
            ref readonly var k = ref records[kept];
            if (r.File < k.File || (r.File == k.File && (uint)r.Line < (uint)k.Line))
            {
                drop[kept] = true;
                duplicates[k.File]++;
                kept = i;
            }
            else
            {
                drop[i] = true;
                duplicates[r.File]++;
            }
        }
        return any ? drop : null;
    }

    /// <summary>A record's place in the order: device (app_id and device_id symbols), time, file and line, and its index.</summary>
    internal readonly struct SortKey(ulong device, long ts, ulong fileLine, int index) : IComparable<SortKey>
    {
        public readonly ulong Device = device;
        public readonly long Ts = ts;
        public readonly ulong FileLine = fileLine;
        public readonly int Index = index;

        public int CompareTo(SortKey other)
        {
            var c = Device.CompareTo(other.Device);
            if (c != 0)
            {
                return c;
            }
            c = Ts.CompareTo(other.Ts);
            return c != 0 ? c : FileLine.CompareTo(other.FileLine);
        }
    }
}
