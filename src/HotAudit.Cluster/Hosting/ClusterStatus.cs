using Orleans;
using Orleans.Runtime;

namespace HotAudit.Cluster.Hosting;

/// <summary>What the cluster's membership says, asked through any silo (from a client or from a grain).</summary>
public static class ClusterStatus
{
    /// <summary>The addresses of the silos the membership table holds as active, in a stable order.</summary>
    /// <param name="grains">A client (<see cref="IClusterClient"/>) or a silo's grain factory.</param>
    /// <param name="cancellationToken">Stops waiting (the call itself is bounded by the response timeout).</param>
    public static async Task<IReadOnlyList<SiloAddress>> ActiveSilosAsync(IGrainFactory grains, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(cancellationToken);
        return [.. hosts.Keys.OrderBy(a => a.ToString(), StringComparer.Ordinal)];
    }
}
