using HotAudit.Anomalies;
using HotAudit.Assessment;
using HotAudit.Cluster.Hosting;
using HotAudit.History;
using HotAudit.Signing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HotAudit.Worker;

/// <summary>
/// Composes the worker's host: configuration, logging (plain, JSON or systemd journal console), settings validated at
/// start, services; with <c>Cluster:Redis</c> also an Orleans silo in the same host (same DI container), and then the
/// inbox, schedules and web view only when <c>Worker:Inbox</c> is set.
/// </summary>
public static class WorkerHost
{
    /// <summary>The worker's host with its settings from <paramref name="configFile"/>, the environment and the command line's <paramref name="overrides"/>.</summary>
    public static IHost Build(IReadOnlyDictionary<string, string?> overrides, string? configFile)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        WorkerConfiguration.AddSources(builder.Configuration, overrides, configFile);
        if (SettingsKeys.Unknown(builder.Configuration) is { Count: > 0 } unknown)
        {
            throw new OptionsValidationException(WorkerSettings.Section, typeof(WorkerSettings), unknown);
        }
        var cluster = WorkerCluster.Read(builder.Configuration);
        var watchesInbox = WorkerCluster.HasInbox(builder.Configuration) || !cluster.Enabled;
        builder.Services.AddSystemd();
        ConfigureLogging(builder);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.AddOptions<WorkerSettings>().Bind(builder.Configuration.GetSection(WorkerSettings.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WorkerSettings>>(new WorkerSettingsValidator(inboxOptional: cluster.Enabled));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new AssessServices(sp.GetRequiredService<TimeProvider>(), new PatchSignatureVerifier(), kept => new AnomalyMonitor(kept)));
        builder.Services.AddSingleton(sp => WorkerPaths.From(sp.GetRequiredService<IOptions<WorkerSettings>>().Value));
        builder.Services.AddSingleton(sp =>
            RunHistories.Open(sp.GetRequiredService<IOptions<WorkerSettings>>().Value.History, sp.GetRequiredService<WorkerPaths>().State));
        builder.Services.AddSingleton<CaseLocks>();
        builder.Services.AddSingleton<CaseAssessor>();
        builder.Services.AddSingleton<InboxProcessor>();
        builder.Services.AddSingleton<IScheduledRunner, ScheduledCaseRunner>();
        if (watchesInbox)
        {
            AddInboxServices(builder);
        }
        if (cluster.Enabled)
        {
            builder.Services.AddSingleton(cluster);
            builder.AddHotAuditSilo(cluster);
        }
        var host = builder.Build();
        try
        {
            // Validated here rather than at start, so a bad setting is one line per problem, not the host's logged exception.
            _ = host.Services.GetRequiredService<IOptions<WorkerSettings>>().Value;
            _ = host.Services.GetService<IOptions<Web.WebSettings>>()?.Value;
            _ = host.Services.GetService<IOptions<Streams.LiveSettings>>()?.Value;
            return host;
        }
        catch (OptionsValidationException)
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>The cluster the host's silo joins; null for a worker that is no cluster member. Ask before running: a failed run disposes the host.</summary>
    public static ClusterSettings? ClusterOf(IHost host) => host.Services.GetService<ClusterSettings>();

    private static void AddInboxServices(HostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<WorkerStartup>();
        builder.Services.AddHostedService<InboxService>();
        builder.Services.AddHostedService<ScheduleService>();
        builder.Services.AddOptions<Web.WebSettings>().Bind(builder.Configuration.GetSection(Web.WebSettings.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<Web.WebSettings>, Web.WebSettingsValidator>();
        builder.Services.AddOptions<Streams.LiveSettings>().Bind(builder.Configuration).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<Streams.LiveSettings>>(
            new Streams.LiveSettingsValidator(builder.Configuration[$"{Web.WebSettings.Section}:{nameof(Web.WebSettings.Url)}"]));
        builder.Services.AddSingleton<Streams.StreamRegistry>();
        builder.Services.AddSingleton<Streams.Evaluation.StreamEvaluator>();
        builder.Services.AddSingleton<Streams.View.LiveEvents>();
        builder.Services.AddSingleton<Alerts.AlertOutbox>();
        builder.Services.AddSingleton<Alerts.StreamAlerts>();
        builder.Services.AddHostedService<Alerts.AlertSender>();
        builder.Services.AddHostedService<Streams.LiveService>();
        builder.Services.AddHostedService<Web.WebViewService>();
    }

    private static void ConfigureLogging(HostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (builder.Configuration.GetValue<bool>($"{WorkerSettings.Section}:{nameof(WorkerSettings.JsonLogs)}"))
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";
            });
            return;
        }
        if (Microsoft.Extensions.Hosting.Systemd.SystemdHelpers.IsSystemdService())
        {
            // AddSystemd chose the journal's formatter (priority prefixes, no timestamps: the journal adds its own).
            builder.Logging.AddConsole();
            return;
        }
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffzzz ";
        });
    }
}
