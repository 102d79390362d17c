using Orleans.Configuration;

namespace HotAudit.Cluster.Hosting;

/// <summary>Orleans' membership timing from <see cref="ClusterSettings"/>.</summary>
internal static class FailureDetection
{
    /// <summary>
    /// A silo that stops answering is suspected after <c>MissedProbesLimit</c> missed probes of <c>ProbeTimeout</c> each,
    /// and declared dead once enough silos voted (two, or a majority of a smaller cluster); gossip tells the rest at once.
    /// </summary>
    public static void Apply(ClusterMembershipOptions options, ClusterSettings settings)
    {
        options.ProbeTimeout = settings.ProbeTimeout;
        options.NumMissedProbesLimit = settings.MissedProbesLimit;
        options.TableRefreshTimeout = settings.TableRefreshPeriod;
        options.IAmAliveTablePublishTimeout = settings.HeartbeatPeriod;
    }
}
