using System.Globalization;

namespace HotAudit.Cluster.Hosting;

/// <summary>A Redis server's <c>HOST:PORT</c> (an IPv6 host in brackets: <c>[::1]:6379</c>).</summary>
internal sealed record RedisAddress(string Host, int Port)
{
    /// <summary>Reads <c>HOST:PORT</c>; returns why not (without the setting's name) when it is not one.</summary>
    public static string? TryParse(string? text, out RedisAddress? address)
    {
        address = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return "is empty";
        }
        var value = text.Trim();
        var colon = value.LastIndexOf(':');
        if (colon <= 0 || colon == value.Length - 1)
        {
            return $"'{value}' is not HOST:PORT";
        }
        var host = value[..colon];
        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }
        else if (host.Contains(':', StringComparison.Ordinal))
        {
            return $"'{value}' is not HOST:PORT (write an IPv6 host in brackets: [::1]:6379)";
        }
        if (host.Length == 0 || host.Any(char.IsWhiteSpace) || host.Contains(',', StringComparison.Ordinal))
        {
            return $"'{value}' is not HOST:PORT (the host is not a name or an address)";
        }
        if (!int.TryParse(value[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            return $"'{value}' is not HOST:PORT (the port must be 1-65535)";
        }
        address = new RedisAddress(host, port);
        return null;
    }

    /// <summary>True for <c>localhost</c> and loopback addresses: the whole cluster is on this machine.</summary>
    public bool IsLoopback =>
        Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (System.Net.IPAddress.TryParse(Host, out var ip) && System.Net.IPAddress.IsLoopback(ip));

    /// <summary>As StackExchange.Redis reads an endpoint.</summary>
    public override string ToString() =>
        Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port.ToString(CultureInfo.InvariantCulture)}" : $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";
}
