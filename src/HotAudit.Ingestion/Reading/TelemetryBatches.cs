using System.Collections.Concurrent;
using HotAudit.Core.Data;
using HotAudit.Core.Engine;

namespace HotAudit.Ingestion;

/// <summary>
/// One reader's accepted telemetry on its way to the partition store: a few records per partition, handed over under
/// one lock when a partition's batch is full or the reader is done (<see cref="Flush"/>). Each record was added under
/// its partition's lock before; the lock and the call were ~3 % of the ingest's CPU samples (bench/RESULTS.md, round 9).
/// A partition's records then arrive in batches, in another order than row by row; nothing reads that order (a
/// partition is deduplicated by file and line, and sorted by device, time, file and line), and files read side by
/// side interleave their records anyway. Not thread-safe: one per reader; the buffers are reused (<see cref="Rent"/>).
/// </summary>
internal sealed class TelemetryBatches
{
    /// <summary>Records per partition before its batch is handed over.</summary>
    internal const int PerPartition = 16;

    private static readonly ConcurrentBag<TelemetryBatches> Pool = [];

    private readonly Record[] _records;
    private readonly int[] _counts;
    private PartitionStore _store;

    private TelemetryBatches(PartitionStore store)
    {
        _store = store;
        _records = new Record[store.Partitions * PerPartition];
        _counts = new int[store.Partitions];
    }

    /// <summary>Empty batches for <paramref name="store"/> (buffers a reader before gave back, when they fit).</summary>
    public static TelemetryBatches Rent(PartitionStore store)
    {
        while (Pool.TryTake(out var batches))
        {
            if (batches._counts.Length == store.Partitions)
            {
                batches._store = store;
                return batches;
            }
        }
        return new TelemetryBatches(store);
    }

    /// <summary>Takes an accepted record.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Add(in Record record)
    {
        var partition = _store.PartitionOf(record);
        var count = _counts[partition];
        var at = (partition * PerPartition) + count;
        _records[at] = record;
        if (++count == PerPartition)
        {
            _store.AddRange(partition, _records.AsSpan(at + 1 - PerPartition, PerPartition));
            count = 0;
        }
        _counts[partition] = count;
    }

    /// <summary>Hands every batch to the store and gives the buffers back for the next reader.</summary>
    public void Flush()
    {
        for (var partition = 0; partition < _counts.Length; partition++)
        {
            if (_counts[partition] > 0)
            {
                _store.AddRange(partition, _records.AsSpan(partition * PerPartition, _counts[partition]));
                _counts[partition] = 0;
            }
        }
        _store = null!;
        Pool.Add(this);
    }
}
