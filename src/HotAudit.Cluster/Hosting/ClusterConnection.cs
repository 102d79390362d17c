using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;

namespace HotAudit.Cluster.Hosting;

/// <summary>An Orleans client connected to the cluster, in its own small host; disposing it disconnects.</summary>
public sealed class ClusterConnection : IAsyncDisposable
{
    private readonly IHost host;

    internal ClusterConnection(IHost host, ClusterSettings settings)
    {
        this.host = host;
        Settings = settings;
        Client = host.Services.GetRequiredService<IClusterClient>();
    }

    /// <summary>The client: grains, and <see cref="ClusterStatus.ActiveSilosAsync"/>.</summary>
    public IClusterClient Client { get; }

    /// <summary>What the client connected with (Redis address, cluster id).</summary>
    public ClusterSettings Settings { get; }

    /// <summary>Closes the client's connections to the gateways.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await host.StopAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            // A gateway that died with its silo cannot acknowledge the goodbye; the connection is dropped anyway.
        }
        finally
        {
            host.Dispose();
        }
    }
}
