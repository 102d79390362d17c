using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;
using StackExchange.Redis;

namespace HotAudit.Cluster.Hosting;

/// <summary>Connects an Orleans client to the cluster that <see cref="ClusterSettings"/> names, through Redis.</summary>
public static class ClusterClientConnector
{
    /// <summary>
    /// Connects, retrying while Redis or the first silo is not there yet, for at most <paramref name="timeout"/>.
    /// Uses <see cref="ClusterSettings.Redis"/>, <see cref="ClusterSettings.ClusterId"/>, <see cref="ClusterSettings.ServiceId"/>
    /// and <see cref="ClusterSettings.ResponseTimeout"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The settings are not valid.</exception>
    /// <exception cref="ClusterUnavailableException">Redis or every gateway stayed unreachable until the timeout; the message names the address.</exception>
    public static async Task<ClusterConnection> ConnectAsync(
        ClusterSettings settings, TimeSpan timeout, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Validate() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(settings));
        }
        time ??= TimeProvider.System;
        var redis = settings.RedisEndpoint();
        var retries = new DeadlineRetryFilter(time);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.UseOrleansClient(client => client
            .UseRedisClustering(o => o.ConfigurationOptions = RedisConfiguration.For(redis, RedisConnectTimeout(timeout)))
            .Configure<ClusterOptions>(o =>
            {
                o.ClusterId = settings.ClusterId;
                o.ServiceId = settings.ServiceId;
            })
            .Configure<ClientMessagingOptions>(o => o.ResponseTimeout = settings.ResponseTimeout)
            .Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = settings.TableRefreshPeriod)
            .UseConnectionRetryFilter(retries));
        var host = builder.Build();
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            await host.StartAsync(linked.Token);
            return new ClusterConnection(host, settings);
        }
        catch (Exception e)
        {
            host.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
            var cause = retries.LastError ?? e;
            if (ClusterErrors.DescribeRedis(cause, settings) is null)
            {
                // The deadline may have come before the client's start tried Redis at all (a loaded machine starts the host
                // slowly), and then nothing says whether Redis or the silos are missing: Redis is asked once, on its own
                // connect timeout, so an unreachable Redis is named as such whatever the load (before, the error then
                // blamed missing silos).
                await ProbeRedisAsync(settings, RedisConfiguration.For(redis, RedisConnectTimeout(timeout)), cancellationToken);
            }
            throw new ClusterUnavailableException(ClusterErrors.DescribeConnect(cause, settings, timeout), cause);
        }
    }

    /// <summary>Connects to Redis and lets go; throws <see cref="ClusterUnavailableException"/> naming Redis when it does not answer.</summary>
    private static async Task ProbeRedisAsync(ClusterSettings settings, ConfigurationOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await using var probe = await ConnectionMultiplexer.ConnectAsync(options).WaitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException && ClusterErrors.DescribeRedis(e, settings) is { } problem)
        {
            throw new ClusterUnavailableException(problem, e);
        }
    }

    /// <summary>
    /// A third of the whole connect's time, at most 5 s: a Redis that does not answer fails its first attempt well before
    /// the deadline, so the error names Redis instead of a cancelled wait (with equal times the two raced).
    /// </summary>
    private static TimeSpan RedisConnectTimeout(TimeSpan timeout) => TimeSpan.FromTicks(Math.Min(timeout.Ticks / 3, TimeSpan.FromSeconds(5).Ticks));
}
