using Microsoft.Extensions.Logging;

namespace HotAudit.Cluster.Hosting;

/// <summary>The cluster hosting's log messages (source-generated).</summary>
internal static partial class ClusterLog
{
    [LoggerMessage(101, LogLevel.Information, "Joined cluster {ClusterId} as silo {Silo} (membership in Redis {Redis}); {Active} active silo(s)")]
    public static partial void Joined(ILogger logger, string clusterId, string silo, string redis, int active);

    [LoggerMessage(102, LogLevel.Information, "Cluster {ClusterId}: {Active} active silo(s): {Silos}")]
    public static partial void ActiveSilos(ILogger logger, string clusterId, int active, string silos);
}
