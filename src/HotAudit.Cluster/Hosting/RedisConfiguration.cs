using StackExchange.Redis;

namespace HotAudit.Cluster.Hosting;

/// <summary>The StackExchange.Redis options for the membership table at one address.</summary>
internal static class RedisConfiguration
{
    public static ConfigurationOptions For(RedisAddress address, TimeSpan connectTimeout)
    {
        var options = new ConfigurationOptions
        {
            // Fail the start with a clear error rather than wait in the background for a server that is not there.
            AbortOnConnectFail = true,
            ConnectTimeout = (int)Math.Clamp(connectTimeout.TotalMilliseconds, 500, 30_000),
            ConnectRetry = 1,
        };
        options.EndPoints.Add(address.Host, address.Port);
        return options;
    }
}
