using System.Runtime.CompilerServices;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;

namespace HotAudit.Core.Engine;

/// <summary>
/// Puts a partition in the order the rules read it: duplicates dropped (same fingerprint; the first in file order
/// stays), then by device (app_id, device_id), time, file and line. Records are 144 bytes, so instead of sorting them
/// with a comparison delegate (each compare copying two records) this sorts 32-byte keys and moves every record once.
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
    private int[] _order = [];
    private bool[] _drop = [];
    private long[] _fileLines = [];

    /// <summary>The worker's record buffer (filled by <see cref="PartitionStore.Read(int, ref Record[])"/>).</summary>
    public Record[] Records = [];

    /// <summary>Arranges the first <paramref name="count"/> of <see cref="Records"/> in place and returns how many stay; counts dropped duplicates per file.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Arrange(int count, long[] duplicates)
    {
        var records = Records;
        var kept = Deduplicate(records, count, duplicates);
        var keys = Grow(ref _keys, kept);
        for (var i = 0; i < kept; i++)
        {
            ref readonly var r = ref records[i];
            keys[i] = new SortKey(((ulong)(uint)r.Fields[AppSlot] << 32) | (uint)r.Fields[DeviceSlot], r.Ts, ((ulong)(uint)r.File << 32) | (uint)r.Line, i);
        }
        keys.AsSpan(0, kept).Sort();
        Permute(records, keys.AsSpan(0, kept));
        return kept;
    }

    private static T[] Grow<T>(ref T[] buffer, int length) => buffer.Length >= length ? buffer : buffer = new T[length + (length / 8)];

    /// <summary>Moves <c>records[keys[j].Index]</c> to <c>j</c> for every j, following the permutation's cycles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Permute(Record[] records, Span<SortKey> keys)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i].Index < 0)
            {
                continue;
            }
            var first = records[i];
            var j = i;
            while (true)
            {
                var from = keys[j].Index;
                keys[j].Index = -1;
                if (from == i)
                {
                    records[j] = first;
                    break;
                }
                records[j] = records[from];
                j = from;
            }
        }
    }

    /// <summary>Drops later copies of a fingerprint (in file, then line order), compacting the rest to the front; returns how many stay.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Deduplicate(Record[] records, int count, long[] duplicates)
    {
        var order = FileOrder(records.AsSpan(0, count));
        var seen = _seen;
        seen.Reset(count);
        var drop = Grow(ref _drop, count);
        Array.Clear(drop, 0, count);
        var firstDrop = count;
        foreach (var i in order)
        {
            if (!seen.Add(records[i].Fingerprint))
            {
                drop[i] = true;
                firstDrop = Math.Min(firstDrop, i);
                duplicates[records[i].File]++;
            }
        }
        // Records before the first duplicate stay where they are: copying each 144-byte record onto itself was a full pass for nothing.
        var kept = firstDrop;
        for (var i = firstDrop; i < count; i++)
        {
            if (!drop[i])
            {
                records[kept++] = records[i];
            }
        }
        return kept;
    }

    /// <summary>
    /// Indices of the records in file, then line order. Each file's rows are added by one reader in line order, so a
    /// counting sort by file suffices; when lines of a file are out of order, the indices are sorted by (file, line).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Span<int> FileOrder(Span<Record> records)
    {
        var files = 0;
        foreach (ref readonly var r in records)
        {
            files = Math.Max(files, r.File + 1);
        }
        var start = new int[files + 1];
        var lastLine = new int[files];
        var inOrder = true;
        foreach (ref readonly var r in records)
        {
            start[r.File + 1]++;
            inOrder &= r.Line >= lastLine[r.File];
            lastLine[r.File] = r.Line;
        }
        for (var f = 1; f <= files; f++)
        {
            start[f] += start[f - 1];
        }
        var order = Grow(ref _order, records.Length).AsSpan(0, records.Length);
        for (var i = 0; i < records.Length; i++)
        {
            order[start[records[i].File]++] = i;
        }
        if (!inOrder)
        {
            // A file read in chunks side by side reaches a partition in chunk-interleaved order: sort (file, line) keys with
            // the indexes instead of copying the records (a copy of a partition is ~100 MB at 5M events).
            var keys = Grow(ref _fileLines, records.Length).AsSpan(0, records.Length);
            for (var i = 0; i < records.Length; i++)
            {
                order[i] = i;
                keys[i] = ((long)records[i].File << 32) | (uint)records[i].Line;
            }
            keys.Sort(order);
        }
        return order;
    }

    private struct SortKey(ulong device, long ts, ulong fileLine, int index) : IComparable<SortKey>
    {
        public readonly ulong Device = device;
        public readonly long Ts = ts;
        public readonly ulong FileLine = fileLine;
        public int Index = index;

        public readonly int CompareTo(SortKey other)
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
