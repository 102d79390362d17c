using System.Text.Json;
using HotAudit.Core.Contract;
using HotAudit.Ingestion.Live;

namespace HotAudit.Worker.Streams.Journal;

/// <summary>Appending: one writer takes every batch waiting, writes their parts, fsyncs each touched file once, then answers them all.</summary>
internal sealed partial class StreamJournal
{
    /// <summary>The record being appended (the writer loop's only).</summary>
    private readonly System.Buffers.ArrayBufferWriter<byte> _encoded = new(1 << 20);

    /// <summary>Writes a read batch durably and answers it; a key already written answers as it did then.</summary>
    /// <exception cref="IOException">The journal cannot be written (then no batch of the stream is taken until a restart).</exception>
    public Task<JournalAck> AppendAsync(InputKind kind, LiveBatch batch, string? key, CancellationToken ct)
    {
        if (_failed is { } failed)
        {
            return Task.FromException<JournalAck>(new IOException($"the journal cannot be written: {failed.Message}", failed));
        }
        if (key is not null && Answered(key) is { } answered)
        {
            return Task.FromResult(answered);
        }
        var pending = new Pending(kind, batch, key);
        return _queue.Writer.TryWrite(pending) ? pending.Done.Task.WaitAsync(ct) : Task.FromException<JournalAck>(new ObjectDisposedException(nameof(StreamJournal)));
    }

    private async Task WriteLoopAsync()
    {
        var group = new List<Pending>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < 256 && _queue.Reader.TryRead(out var next))
            {
                group.Add(next);
            }
            if (_failed is not null)
            {
                group.ForEach(p => p.Done.TrySetException(new IOException($"the journal cannot be written: {_failed.Message}", _failed)));
                continue;
            }
            try
            {
                WriteGroup(group);
            }
            catch (Exception e)
            {
                // Whatever stopped a group, its batches may be partly on disk: nothing more is appended after them
                // (the next start sets them aside), and every waiting sender gets an answer instead of waiting forever.
                _failed = e;
                JournalLog.Failed(_log, _folder, e.Message);
                group.ForEach(p => p.Done.TrySetException(e));
            }
        }
    }

    private void WriteGroup(List<Pending> group)
    {
        var generation = _generations[^1];
        var keys = new Dictionary<string, JournalAck>(StringComparer.Ordinal);
        var groupSeen = new HashSet<UInt128>();
        var commits = new List<(Pending Pending, JournalAck Ack, List<LiveRow> Kept, long? MaxTs)>();
        var touched = new HashSet<SegmentFile>();
        foreach (var pending in group)
        {
            if (pending.Key is not null && (Answered(pending.Key) ?? keys.GetValueOrDefault(pending.Key)) is { } earlier)
            {
                commits.Add((pending, earlier with { Replayed = true }, [], null));
                continue;
            }
            var (ack, kept, maxTs) = WriteBatch(generation, pending, groupSeen, touched);
            if (pending.Key is not null)
            {
                keys[pending.Key] = ack;
            }
            commits.Add((pending, ack, kept, maxTs));
        }
        Parallel.ForEach(touched, file => file.Flush());
        lock (_gate)
        {
            foreach (var (partition, file) in generation.Open.Where(o => touched.Contains(o.Value)))
            {
                generation.Lengths[partition] = file.Length;
            }
            foreach (var (pending, ack, kept, maxTs) in commits.Where(c => !c.Ack.Replayed))
            {
                Commit(ack.Batch, pending.Key, ack.Json, kept.Count, maxTs);
                if (maxTs is { } ts)
                {
                    generation.MaxTs = Math.Max(generation.MaxTs, ts);
                }
            }
            if (generation.Bytes >= _generationBytes)
            {
                generation.Close();
                StartGeneration(generation.Number + 1);
                RemoveExpired();
            }
        }
        foreach (var (pending, ack, _, _) in commits)
        {
            pending.Done.TrySetResult(ack);
        }
    }

    private (JournalAck Ack, List<LiveRow> Kept, long? MaxTs) WriteBatch(Generation generation, Pending pending, HashSet<UInt128> groupSeen, HashSet<SegmentFile> touched)
    {
        var batch = _nextBatch++;
        var kept = new List<LiveRow>(pending.Batch.Accepted.Count);
        var operations = pending.Kind == InputKind.Operations;
        foreach (var row in pending.Batch.Accepted)
        {
            var index = _indexes[operations ? Partitions : (int)(row.DeviceHash % Partitions)];
            // Rows are remembered as they are kept, before the group is on disk: a group that fails to be written
            // stops the journal (nothing more is taken until a restart rebuilds the index from what is on disk).
            // Rows before the horizon are not remembered, so the group keeps its own set of them.
            if (index.IsBefore(row.Ts) ? index.TryRemember(row.Ts, row.Fingerprint) && groupSeen.Add(row.Fingerprint) : index.TryRemember(row.Ts, row.Fingerprint))
            {
                kept.Add(row);
            }
        }
        var answer = new BatchAnswer(batch, pending.Batch.Accepted.Count, [.. pending.Batch.Rejected.Select(RejectedLine.Of)], pending.Batch.Accepted.Count - kept.Count);
        var json = JsonSerializer.Serialize(answer);
        var parts = kept.GroupBy(r => operations ? OperationsPartition : PartitionOf(r.DeviceHash)).Select(g => (Partition: g.Key, Rows: g.ToList())).ToList();
        if (parts.Count == 0)
        {
            // A batch with no row to keep is still one record: its answer, for its idempotency key.
            parts.Add((operations ? OperationsPartition : PartitionOf(0), []));
        }
        for (var i = 0; i < parts.Count; i++)
        {
            var file = generation.Open[parts[i].Partition];
            file.Append(JournalPart.Encode(_encoded, batch, parts.Count, parts[i].Rows, i == 0 ? pending.Key : null, i == 0 ? json : null));
            touched.Add(file);
        }
        var maxTs = kept.Count == 0 ? (long?)null : kept.Max(r => r.Ts);
        return (new JournalAck(batch, json, Replayed: false), kept, maxTs);
    }

    private sealed class Pending(InputKind kind, LiveBatch batch, string? key)
    {
        public InputKind Kind { get; } = kind;

        public LiveBatch Batch { get; } = batch;

        public string? Key { get; } = key;

        public TaskCompletionSource<JournalAck> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
