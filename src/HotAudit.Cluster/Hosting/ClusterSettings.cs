using System.Net;

namespace HotAudit.Cluster.Hosting;

/// <summary>
/// How a worker joins (or a client reaches) the Orleans cluster: section <c>Cluster</c> of the worker's settings,
/// environment variables <c>HOTAUDIT__CLUSTER__...</c>, and <c>hotaudit worker --cluster HOST:PORT</c>. Membership lives in
/// Redis; the failure-detection defaults suit a small cluster, so that a silo killed with SIGKILL is declared dead
/// within about ten seconds.
/// </summary>
public sealed class ClusterSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Cluster";

    /// <summary>The default <see cref="ClusterId"/> and <see cref="ServiceId"/>.</summary>
    public const string DefaultId = "hotaudit";

    /// <summary>The Redis server holding the membership table, <c>HOST:PORT</c>; empty means no cluster.</summary>
    public string? Redis { get; set; }

    /// <summary>The cluster's name: silos with the same Redis, service id and cluster id form one cluster.</summary>
    public string ClusterId { get; set; } = DefaultId;

    /// <summary>The service's name, stable across deployments (part of the Redis key with <see cref="ClusterId"/>).</summary>
    public string ServiceId { get; set; } = DefaultId;

    /// <summary>The port silos talk to each other on.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port clients (<c>hotaudit assess --cluster</c>) connect to.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// The IP address other silos and clients reach this silo at, and that it listens on; default 127.0.0.1 when
    /// <see cref="Redis"/> is on loopback (a cluster on one machine), otherwise the machine's first non-loopback IPv4 address.
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>How long a liveness probe of another silo may take before it counts as missed.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Missed probes in a row after which a silo votes another one dead.</summary>
    public int MissedProbesLimit { get; set; } = 2;

    /// <summary>How often a silo rereads the membership table (gossip usually tells it sooner).</summary>
    public TimeSpan TableRefreshPeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a silo writes its heartbeat into the membership table.</summary>
    public TimeSpan HeartbeatPeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a grain call may take before the caller gives up: evaluations take minutes.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long an idle grain stays activated: a run's grains must outlive pauses between its steps.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Whether the worker, once it has joined, runs a small generated case a few times through its own reading,
    /// evaluation and coordination code while it idles, so that the first run does not pay the JIT compilation of those
    /// paths in every worker (a few CPU seconds per worker at start; stops when a run arrives).
    /// </summary>
    public bool WarmUp { get; set; } = true;

    /// <summary>True when <see cref="Redis"/> is set: the worker joins the cluster.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Redis);

    /// <summary>What is wrong, one message per problem, each naming its setting (<c>Cluster:Redis ...</c>); empty when valid.</summary>
    public IReadOnlyList<string> Validate() => ClusterSettingsValidation.Problems(this);

    /// <summary>The address this silo advertises and listens on (see <see cref="AdvertisedAddress"/>); call after <see cref="Validate"/>.</summary>
    public IPAddress ResolveAdvertisedAddress()
    {
        if (!string.IsNullOrWhiteSpace(AdvertisedAddress))
        {
            return IPAddress.Parse(AdvertisedAddress.Trim());
        }
        return RedisEndpoint().IsLoopback ? IPAddress.Loopback : HostAddresses.FirstNonLoopbackIPv4();
    }

    /// <summary>The parsed <see cref="Redis"/> address; call after <see cref="Validate"/>.</summary>
    internal RedisAddress RedisEndpoint() =>
        RedisAddress.TryParse(Redis, out var address) is null && address is not null
            ? address
            : throw new InvalidOperationException($"Cluster:Redis '{Redis}' is not HOST:PORT");
}
