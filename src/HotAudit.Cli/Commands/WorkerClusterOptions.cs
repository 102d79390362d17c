using System.CommandLine;
using System.Globalization;

namespace HotAudit.Cli.Commands;

/// <summary>The options of <c>hotaudit worker</c> that make it a silo of a cluster, each overriding one setting of section <c>Cluster</c>.</summary>
internal sealed class WorkerClusterOptions
{
    public Option<string?> Redis { get; } = new("--cluster") { Description = "Join the cluster whose membership is in this Redis server, HOST:PORT (Cluster:Redis)." };

    public Option<string?> ClusterId { get; } = new("--cluster-id") { Description = "The cluster's name (Cluster:ClusterId; default hotaudit)." };

    public Option<int?> SiloPort { get; } = new("--silo-port") { Description = "The port silos talk to each other on (Cluster:SiloPort; default 11111)." };

    public Option<int?> GatewayPort { get; } = new("--gateway-port") { Description = "The port clients connect to (Cluster:GatewayPort; default 30000)." };

    public IEnumerable<Option> All => [Redis, ClusterId, SiloPort, GatewayPort];

    /// <summary>The settings given on the command line, as configuration keys.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Overrides(ParseResult parse) =>
    [
        new("Cluster:Redis", parse.GetValue(Redis)),
        new("Cluster:ClusterId", parse.GetValue(ClusterId)),
        new("Cluster:SiloPort", parse.GetValue(SiloPort)?.ToString(CultureInfo.InvariantCulture)),
        new("Cluster:GatewayPort", parse.GetValue(GatewayPort)?.ToString(CultureInfo.InvariantCulture)),
    ];
}
