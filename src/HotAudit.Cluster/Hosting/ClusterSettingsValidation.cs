using System.Net;

namespace HotAudit.Cluster.Hosting;

/// <summary>The checks behind <see cref="ClusterSettings.Validate"/>; each message starts with the setting's key.</summary>
internal static class ClusterSettingsValidation
{
    public static IReadOnlyList<string> Problems(ClusterSettings s)
    {
        var problems = new List<string>();
        if (RedisAddress.TryParse(s.Redis, out _) is { } redis)
        {
            problems.Add($"Cluster:Redis {redis}: give the Redis server as HOST:PORT, e.g. 127.0.0.1:6379 (--cluster, HOTAUDIT__CLUSTER__REDIS)");
        }
        problems.AddRange(IdProblems("Cluster:ClusterId", s.ClusterId));
        problems.AddRange(IdProblems("Cluster:ServiceId", s.ServiceId));
        if (s.SiloPort is < 1 or > 65535)
        {
            problems.Add($"Cluster:SiloPort must be 1-65535, not {s.SiloPort} (--silo-port)");
        }
        if (s.GatewayPort is < 1 or > 65535)
        {
            problems.Add($"Cluster:GatewayPort must be 1-65535, not {s.GatewayPort} (--gateway-port)");
        }
        if (s.SiloPort == s.GatewayPort)
        {
            problems.Add($"Cluster:SiloPort and Cluster:GatewayPort must differ (both are {s.SiloPort})");
        }
        if (!string.IsNullOrWhiteSpace(s.AdvertisedAddress) && !IPAddress.TryParse(s.AdvertisedAddress.Trim(), out _))
        {
            problems.Add($"Cluster:AdvertisedAddress '{s.AdvertisedAddress}' is not an IP address");
        }
        problems.AddRange(Positive("Cluster:ProbeTimeout", s.ProbeTimeout));
        problems.AddRange(Positive("Cluster:TableRefreshPeriod", s.TableRefreshPeriod));
        problems.AddRange(Positive("Cluster:HeartbeatPeriod", s.HeartbeatPeriod));
        problems.AddRange(Positive("Cluster:ResponseTimeout", s.ResponseTimeout));
        problems.AddRange(Positive("Cluster:CollectionAge", s.CollectionAge));
        if (s.MissedProbesLimit < 1)
        {
            problems.Add($"Cluster:MissedProbesLimit must be at least 1, not {s.MissedProbesLimit}");
        }
        return problems;
    }

    private static IEnumerable<string> IdProblems(string key, string? id)
    {
        // The ids become part of a Redis key ("{ServiceId}/members/{ClusterId}"): keep them plain.
        if (string.IsNullOrWhiteSpace(id) || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            yield return $"{key} '{id}' must be letters, digits, '-', '_' or '.'";
        }
    }

    private static IEnumerable<string> Positive(string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            yield return $"{key} must be positive, not {value}";
        }
    }
}
