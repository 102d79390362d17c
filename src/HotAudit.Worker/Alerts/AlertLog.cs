using Microsoft.Extensions.Logging;

namespace HotAudit.Worker.Alerts;

/// <summary>The alerts' log messages (source-generated).</summary>
internal static partial class AlertLog
{
    [LoggerMessage(221, LogLevel.Information, "Alert {File} delivered to the webhook ({Status})")]
    public static partial void Delivered(ILogger logger, string file, int status);

    [LoggerMessage(222, LogLevel.Warning, "Alert {File} not delivered ({Reason}); tried again in {Delay}")]
    public static partial void NotDelivered(ILogger logger, string file, string reason, TimeSpan delay);
}
