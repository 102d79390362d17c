using HotAudit.Anomalies;
using HotAudit.Assessment;
using HotAudit.Signing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;

namespace HotAudit.Cluster.Hosting;

/// <summary>Makes a Generic Host an Orleans silo of the HotAudit cluster.</summary>
public static class SiloHostingExtensions
{
    private static readonly TimeSpan RunEntryExpiry = TimeSpan.FromDays(7);

    /// <summary>
    /// Co-hosts an Orleans silo in <paramref name="builder"/>'s host, sharing its DI container (grains see the services
    /// the host registers): Redis membership, this silo's endpoints, cluster and service ids, fast failure detection for
    /// a small cluster, a long grain-call timeout and unhurried grain collection, all from <paramref name="settings"/>.
    /// Logs when the silo has joined and each change of the cluster's active silos.
    /// </summary>
    /// <exception cref="ArgumentException">The settings are not valid (see <see cref="ClusterSettings.Validate"/>).</exception>
    public static IHostApplicationBuilder AddHotAuditSilo(this IHostApplicationBuilder builder, ClusterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Validate() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(settings));
        }
        var advertised = settings.ResolveAdvertisedAddress();
        var redis = settings.RedisEndpoint();
        builder.UseOrleans(silo => silo
            .UseRedisClustering(o => o.ConfigurationOptions = RedisConfiguration.For(redis, TimeSpan.FromSeconds(5)))
            .Configure<ClusterOptions>(o =>
            {
                o.ClusterId = settings.ClusterId;
                o.ServiceId = settings.ServiceId;
            })
            .Configure<SiloOptions>(o => o.SiloName = $"{Environment.MachineName}-{settings.SiloPort}")
            .ConfigureEndpoints(advertised, settings.SiloPort, settings.GatewayPort)
            .Configure<ClusterMembershipOptions>(o => FailureDetection.Apply(o, settings))
            .Configure<SiloMessagingOptions>(o => o.ResponseTimeout = settings.ResponseTimeout)
            .Configure<GrainCollectionOptions>(o => o.CollectionAge = settings.CollectionAge)
            // A run's request and its resume reminder (Grains/CoordinatorGrain), in the membership's Redis; a stale entry
            // (a cluster torn down mid-run) expires.
            .UseRedisReminderService(o =>
            {
                o.ConfigurationOptions = RedisConfiguration.For(redis, TimeSpan.FromSeconds(5));
                o.EntryExpiry = RunEntryExpiry;
            })
            .Configure<ReminderOptions>(o => o.MinimumReminderPeriod = Grains.CoordinatorGrain.ResumeEvery)
            .AddRedisGrainStorage(Grains.SubmittedRun.Storage, o =>
            {
                o.ConfigurationOptions = RedisConfiguration.For(redis, TimeSpan.FromSeconds(5));
                o.EntryExpiry = RunEntryExpiry;
            }));
        if (builder.Configuration["Logging:LogLevel:Orleans"] is null)
        {
            // Orleans logs each option and every membership step at Information; the worker's own lines say what matters.
            builder.Logging.AddFilter("Orleans", LogLevel.Warning);
            // Orleans' placement runs through a Polly pipeline that logs every grain placement at Information.
            builder.Logging.AddFilter("Polly", LogLevel.Warning);
        }
        // The silo's share of every run (Work/ClusterWork), which the grains call: the same pipeline a local run uses.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(sp => new AssessServices(sp.GetRequiredService<TimeProvider>(), new PatchSignatureVerifier(), kept => new AnomalyMonitor(kept)));
        builder.Services.AddSingleton<Work.ClusterWork>();
        if (settings.WarmUp)
        {
            builder.Services.AddHostedService<Work.WarmUp>();
        }
        builder.Services.AddSingleton(new MembershipLogContext(settings.ClusterId, redis.ToString()));
        builder.Services.AddHostedService<MembershipLogger>();
        return builder;
    }
}
