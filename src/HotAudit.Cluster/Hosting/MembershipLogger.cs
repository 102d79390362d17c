using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace HotAudit.Cluster.Hosting;

/// <summary>Logs when this silo has joined the cluster, then every change of the set of active silos.</summary>
internal sealed class MembershipLogger(
    IClusterMembershipService membership, ILocalSiloDetails local, MembershipLogContext context, ILogger<MembershipLogger> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var joined = false;
        var last = "";
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken))
            {
                var active = snapshot.Members.Values
                    .Where(m => m.Status == SiloStatus.Active)
                    .Select(m => m.SiloAddress.ToString())
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (!joined && active.Contains(local.SiloAddress.ToString()))
                {
                    joined = true;
                    ClusterLog.Joined(log, context.ClusterId, local.SiloAddress.ToString(), context.Redis, active.Count);
                }
                var now = string.Join(", ", active);
                if (joined && now != last)
                {
                    last = now;
                    ClusterLog.ActiveSilos(log, context.ClusterId, active.Count, now);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; the silo leaves the cluster on its own.
        }
    }
}
