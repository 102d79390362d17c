using Microsoft.Extensions.Logging;

namespace HotAudit.Worker.Streams.Journal;

/// <summary>The journal's log messages (source-generated).</summary>
internal static partial class JournalLog
{
    [LoggerMessage(201, LogLevel.Information, "Journal {Folder}: {Generations} generation(s), last batch {LastBatch}, {Rows} row(s)")]
    public static partial void Opened(ILogger logger, string folder, int generations, long lastBatch, long rows);

    [LoggerMessage(202, LogLevel.Warning, "Journal segment {Path}: torn tail of {Bytes} byte(s) at offset {Offset} cut (a write interrupted before it was acknowledged)")]
    public static partial void TornTail(ILogger logger, string path, long offset, long bytes);

    [LoggerMessage(203, LogLevel.Warning, "Journal {Folder}: batch {Batch} has {Found} of its {Parts} part(s) on disk (interrupted before it was acknowledged); ignored")]
    public static partial void IncompleteBatch(ILogger logger, string folder, long batch, int found, int parts);

    [LoggerMessage(204, LogLevel.Information, "Journal {Folder}: generation {Generation} removed, its newest event {Newest:yyyy-MM-dd'T'HH:mm:ssZ} being older than the retention")]
    public static partial void Expired(ILogger logger, string folder, long generation, DateTimeOffset newest);

    [LoggerMessage(205, LogLevel.Critical, "Journal {Folder} cannot be written, the stream takes no more batches until the worker restarts: {Reason}")]
    public static partial void Failed(ILogger logger, string folder, string reason);
}
