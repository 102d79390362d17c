using Microsoft.Extensions.Logging;

namespace HotAudit.Cluster.Grains;

/// <summary>What a cluster run logs: coordination, chunk → partition traffic, recomputation after failures.</summary>
internal static partial class ClusterRunLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "run {RunId}: coordinating on {Silo}, {Partitions} partitions")]
    public static partial void Coordinating(ILogger logger, string runId, string silo, int partitions);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "run {RunId}: chunk {Chunk} (file {File}, bytes {Start}..{End}) read on {Silo}: {Events} events, {Bytes} bytes to {Partitions} partitions")]
    public static partial void ChunkRead(ILogger logger, string runId, int chunk, int file, long start, long end, string silo, long events, long bytes, int partitions);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "run {RunId}: chunk {Chunk} attempt {Attempt} failed ({Reason}); reading it again")]
    public static partial void ChunkRetry(ILogger logger, string runId, int chunk, int attempt, string reason);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "run {RunId}: partition {Partition} lacks {Count} chunk(s) (its silo died?); asking every partition what it lacks")]
    public static partial void PartitionMissing(ILogger logger, string runId, int partition, int count);

    [LoggerMessage(EventId = 311, Level = LogLevel.Warning, Message = "run {RunId}: {Partitions} partition(s) lack rows of {Chunks} chunk(s); each chunk is read once again for all of them")]
    public static partial void Repairing(ILogger logger, string runId, int partitions, int chunks);

    [LoggerMessage(EventId = 312, Level = LogLevel.Information, Message = "run {RunId}: chunk {Chunk} read again for {Partitions} partition(s)")]
    public static partial void ChunkReadAgain(ILogger logger, string runId, int chunk, int partitions);

    [LoggerMessage(EventId = 304, Level = LogLevel.Warning, Message = "run {RunId}: partition {Partition} attempt {Attempt} failed ({Reason}); trying again")]
    public static partial void PartitionRetry(ILogger logger, string runId, int partition, int attempt, string reason);

    [LoggerMessage(EventId = 305, Level = LogLevel.Information, Message = "run {RunId}: {Phase} — chunks {ChunksDone}/{Chunks}, partitions {PartitionsDone}/{Partitions}, recomputed {Recomputed}")]
    public static partial void Progress(ILogger logger, string runId, string phase, int chunksDone, int chunks, int partitionsDone, int partitions, int recomputed);

    [LoggerMessage(EventId = 306, Level = LogLevel.Information, Message = "run {RunId}: finished with exit code {ExitCode}, {Recomputed} recomputation(s)")]
    public static partial void Finished(ILogger logger, string runId, int exitCode, int recomputed);

    [LoggerMessage(EventId = 310, Level = LogLevel.Warning, Message = "run {RunId}: no coordinator is running it (its worker and its client are gone?); resuming it on {Silo}")]
    public static partial void Resuming(ILogger logger, string runId, string silo);

    [LoggerMessage(EventId = 307, Level = LogLevel.Error, Message = "run {RunId}: failed")]
    public static partial void Failed(ILogger logger, string runId, Exception error);

    [LoggerMessage(EventId = 309, Level = LogLevel.Information, Message = "run {RunId}: partition {Partition} evaluated on {Silo}: {Events} events in {Milliseconds} ms, outcome {Bytes} bytes")]
    public static partial void PartitionEvaluated(ILogger logger, string runId, int partition, string silo, long events, long milliseconds, int bytes);

    [LoggerMessage(EventId = 308, Level = LogLevel.Information, Message = "run {RunId}: {Events} events, {Bytes} bytes moved from readers to partitions ({PerEvent:F1} bytes/event); partition outcomes {OutcomeBytes} bytes")]
    public static partial void Traffic(ILogger logger, string runId, long events, long bytes, double perEvent, long outcomeBytes);
}
