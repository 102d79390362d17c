using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;

namespace HotAudit.Core.Engine;

/// <summary>
/// Puts a partition in the order the rules read it: duplicates dropped (same fingerprint; the first in file order
/// stays), then by device (app_id, device_id), time, file and line. Records are 144 bytes, so they are not moved at all:
/// 32-byte keys are sorted, and the pass gathers each device's records by the keys' indexes into a small buffer that
/// stays in cache while every rule reads it (moving the records of a whole partition into order was a chain of
/// dependent random accesses over ~13 MB, the largest single cost of the pass). The keys are not sorted as one array
/// either: they are put in runs by device (devices numbered as met, the runs in device order) and each short run is
/// sorted by time, file and line, the same order as one sort of all keys at a fraction of the comparisons.
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
    private readonly Dictionary<ulong, int> _deviceIds = [];
    private readonly List<int> _sizes = [];
    private int[] _deviceOf = [];
    private (ulong Device, int Id)[] _devices = [];
    private int[] _starts = [];

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
        // Devices numbered in the order first met, and how many records each keeps.
        var ids = _deviceIds;
        ids.Clear();
        var deviceOf = Grow(ref _deviceOf, count);
        var sizes = _sizes;
        sizes.Clear();
        for (var i = 0; i < count; i++)
        {
            if (drop is not null && drop[i])
            {
                continue;
            }
            ref readonly var r = ref records[i];
            var device = ((ulong)(uint)r.Fields[AppSlot] << 32) | (uint)r.Fields[DeviceSlot];
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, device, out var known);
            if (!known)
            {
                id = sizes.Count;
                sizes.Add(0);
            }
            sizes[id]++;
            deviceOf[i] = id;
        }
        // Devices in key order, each given the start of its run of keys.
        var devices = Grow(ref _devices, ids.Count).AsSpan(0, ids.Count);
        var n = 0;
        foreach (var (device, id) in ids)
        {
            devices[n++] = (device, id);
        }
        devices.Sort(static (a, b) => a.Device.CompareTo(b.Device));
        var starts = Grow(ref _starts, ids.Count + 1);
        var kept = 0;
        foreach (var (_, id) in devices)
        {
            starts[id] = kept;
            kept += sizes[id];
        }
        // Each kept record's key into its device's run, then each run sorted by time, file and line.
        var keys = Grow(ref _keys, kept);
        for (var i = 0; i < count; i++)
        {
            if (drop is not null && drop[i])
            {
                continue;
            }
            ref readonly var r = ref records[i];
            keys[starts[deviceOf[i]]++] = new SortKey(((ulong)(uint)r.Fields[AppSlot] << 32) | (uint)r.Fields[DeviceSlot], r.Ts, ((ulong)(uint)r.File << 32) | (uint)r.Line, i);
        }
        var start = 0;
        foreach (var (_, id) in devices)
        {
            var run = keys.AsSpan(start, sizes[id]);
            start += run.Length;
            if (run.Length <= 16)
            {
                InsertionSort(run);
            }
            else
            {
                run.Sort();
            }
        }
        return keys.AsSpan(0, kept);
    }

    private static void InsertionSort(Span<SortKey> run)
    {
        for (var i = 1; i < run.Length; i++)
        {
            var key = run[i];
            var j = i - 1;
            while (j >= 0 && run[j].CompareTo(key) > 0)
            {
                run[j + 1] = run[j];
                j--;
            }
            run[j + 1] = key;
        }
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
