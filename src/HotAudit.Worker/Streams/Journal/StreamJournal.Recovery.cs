using Microsoft.Extensions.Logging;

namespace HotAudit.Worker.Streams.Journal;

/// <summary>Opening a journal: every segment checked, torn tails cut, half-written batches set aside, keys and the horizon's fingerprints rebuilt.</summary>
internal sealed partial class StreamJournal
{
    private void Recover()
    {
        var numbers = Directory.EnumerateFiles(_folder, "*.seg")
            .Select(f => Generation.TryParse(Path.GetFileName(f), out var partition, out var number) ? (partition, number) : default)
            .Where(x => x.partition is not null).GroupBy(x => x.number).OrderBy(g => g.Key).ToList();
        // Generation by generation (every part of a batch is in one generation): what is held while opening is one
        // generation's batches, not the journal's.
        foreach (var group in numbers)
        {
            var found = new Dictionary<long, BatchScan>();
            var generation = new Generation(_folder, group.Key);
            foreach (var (partition, _) in group)
            {
                using var file = SegmentFile.Open(generation.PathOf(partition), (path, at, bytes) => JournalLog.TornTail(_log, path, at, bytes),
                    (_, payload) => Scan(found, generation, PartitionOrder(partition), JournalPart.Decode(payload)));
                generation.Lengths[partition] = file.Length;
            }
            _generations.Add(generation);
            foreach (var (batch, scan) in found.OrderBy(f => f.Key))
            {
                _nextBatch = Math.Max(_nextBatch, batch + 1);
                if (scan.Found < scan.Parts)
                {
                    _incomplete.Add(batch);
                    JournalLog.IncompleteBatch(_log, _folder, batch, scan.Found, scan.Parts);
                    continue;
                }
                foreach (var (index, part) in scan.Kept)
                {
                    for (var i = 0; i < part.Rows; i++)
                    {
                        _indexes[index].TryRemember(part.Ts[i], part.Fingerprints[i]);
                    }
                }
                Commit(batch, scan.Key, scan.Answer, scan.Kept.Sum(p => p.Part.Rows), scan.MaxTs);
            }
        }
        var newest = numbers.Count == 0 ? 0 : numbers[^1].Key;
        RemoveExpired();
        StartGeneration(_generations.Count == 0 ? newest + 1 : _generations[^1].Number);
        JournalLog.Opened(_log, _folder, _generations.Count, LastBatch, Rows);
    }

    private static void Scan(Dictionary<long, BatchScan> found, Generation generation, int index, JournalPart part)
    {
        var scan = found.TryGetValue(part.Batch, out var s) ? s : found[part.Batch] = new BatchScan(part.Parts);
        scan.Found++;
        scan.Key ??= part.Key;
        scan.Answer ??= part.Answer;
        scan.Kept.Add((index, part with { Json = default }));
        if (part.Rows > 0)
        {
            scan.MaxTs = Math.Max(scan.MaxTs ?? long.MinValue, part.MaxTs);
            generation.MaxTs = Math.Max(generation.MaxTs, part.MaxTs);
        }
    }

    /// <summary>Takes a durable batch into the in-memory state (under the gate, or before the writer starts); its rows are in the index already.</summary>
    private void Commit(long batch, string? key, string? answer, int rows, long? maxTs)
    {
        Rows += rows;
        if (key is not null && answer is not null)
        {
            _answers.Add(key, new JournalAck(batch, answer, Replayed: true));
        }
        if (maxTs is { } newest)
        {
            NewestTs = Math.Max(NewestTs ?? long.MinValue, newest);
            foreach (var index in _indexes)
            {
                index.Advance(NewestTs.Value);
            }
        }
        LastBatch = Math.Max(LastBatch, batch);
    }

    /// <summary>Opens the files of generation <paramref name="number"/> for appending (the newest one kept open).</summary>
    private void StartGeneration(long number)
    {
        var generation = _generations.LastOrDefault(g => g.Number == number);
        if (generation is null)
        {
            generation = new Generation(_folder, number);
            _generations.Add(generation);
        }
        foreach (var partition in Enumerable.Range(0, Partitions).Select(p => PartitionOf((uint)p)).Append(OperationsPartition))
        {
            var file = SegmentFile.Open(generation.PathOf(partition), (path, at, bytes) => JournalLog.TornTail(_log, path, at, bytes));
            generation.Open[partition] = file;
            generation.Lengths[partition] = file.Length;
        }
    }

    /// <summary>Removes generations (never the one being written) whose newest event is older than the retention, counted back from the stream's newest.</summary>
    private void RemoveExpired()
    {
        if (NewestTs is not { } newest)
        {
            return;
        }
        var cutoff = newest - _retention.Ticks;
        foreach (var old in _generations.Where(g => g.Open.Count == 0 && g.MaxTs != long.MinValue && g.MaxTs < cutoff).ToList())
        {
            foreach (var partition in old.Lengths.Keys)
            {
                File.Delete(old.PathOf(partition));
            }
            _generations.Remove(old);
            JournalLog.Expired(_log, _folder, old.Number, new DateTimeOffset(old.MaxTs, TimeSpan.Zero));
        }
    }

    private sealed class BatchScan(int parts)
    {
        public int Parts { get; } = parts;

        public int Found { get; set; }

        public string? Key { get; set; }

        public string? Answer { get; set; }

        public long? MaxTs { get; set; }

        /// <summary>The batch's parts found (their rows' instants and fingerprints), each with its partition's index.</summary>
        public List<(int Index, JournalPart Part)> Kept { get; } = [];
    }
}
