using Microsoft.Extensions.Logging;

namespace HotAudit.Worker.Web;

/// <summary>The web view's log messages (source-generated); request paths escaped, never a token.</summary>
internal static partial class WebLog
{
    [LoggerMessage(101, LogLevel.Information, "Web view listening on {Url}")]
    public static partial void Listening(ILogger logger, string url);

    [LoggerMessage(102, LogLevel.Warning, "Web view refused {Method} {Path} from {Remote}: {Reason}")]
    public static partial void Refused(ILogger logger, string method, string path, string remote, string reason);
}
