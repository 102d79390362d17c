namespace HotAudit.Worker.Streams.Journal;

/// <summary>What a reading of a stream's window wrote.</summary>
/// <param name="Rows">Rows written.</param>
/// <param name="Cut">Whether rows older than the window were left out.</param>
/// <param name="LastBatch">The last batch included.</param>
/// <param name="Cursor">Where the reading stopped: the next reading from it gets later batches only.</param>
internal sealed record WindowRead(long Rows, bool Cut, long LastBatch, WindowCursor Cursor);
