namespace HotAudit.Worker.Streams.Journal;

/// <summary>A batch durably in the journal: its number and the answer (JSON) the client gets, again for a repeated idempotency key.</summary>
/// <param name="Batch">The batch's number in its stream.</param>
/// <param name="Json">The 202 answer.</param>
/// <param name="Replayed">Whether the answer is an earlier batch's, found by its idempotency key (nothing was written).</param>
internal sealed record JournalAck(long Batch, string Json, bool Replayed);
