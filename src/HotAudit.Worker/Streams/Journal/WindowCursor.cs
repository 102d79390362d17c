namespace HotAudit.Worker.Streams.Journal;

/// <summary>Bytes of whole records read, per generation and partition file (all of them up to one batch).</summary>
/// <param name="Read">Per (generation, partition), the offset reading stopped at.</param>
internal sealed record WindowCursor(IReadOnlyDictionary<(long Generation, string Partition), long> Read);
