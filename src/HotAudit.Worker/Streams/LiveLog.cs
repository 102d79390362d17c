using Microsoft.Extensions.Logging;

namespace HotAudit.Worker.Streams;

/// <summary>The live path's log messages (source-generated).</summary>
internal static partial class LiveLog
{
    [LoggerMessage(211, LogLevel.Information, "Stream {Stream}: assessing {Rows} row(s) up to batch {Batch}, {LastDays} day(s) back from {Newest:yyyy-MM-dd'T'HH:mm:ssZ} (window written in {WindowMs} ms)")]
    public static partial void Evaluating(ILogger logger, string stream, long rows, long batch, int lastDays, DateTimeOffset newest, long windowMs);

    [LoggerMessage(212, LogLevel.Warning, "Stream {Stream}: the evaluation up to batch {Batch} failed (exit {ExitCode}), tried again at the next interval: {Messages}")]
    public static partial void EvaluationFailed(ILogger logger, string stream, long batch, int exitCode, string messages);

    [LoggerMessage(213, LogLevel.Error, "Stream {Stream}: the evaluation stopped with an error, tried again at the next interval: {Reason}")]
    public static partial void EvaluationError(ILogger logger, string stream, string reason);

    [LoggerMessage(214, LogLevel.Information, "Stream {Stream}: {Alerts} new finding(s) since the previous evaluation put in the outbox")]
    public static partial void AlertsQueued(ILogger logger, string stream, int alerts);
}
