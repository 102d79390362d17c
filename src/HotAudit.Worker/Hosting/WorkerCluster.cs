using HotAudit.Cluster.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace HotAudit.Worker;

/// <summary>
/// Section <c>Cluster</c> of the worker's settings, read before the host is built (the silo is part of the host).
/// A worker with <c>Cluster:Redis</c> joins the cluster; it may then run without an inbox, as a cluster member only.
/// </summary>
internal static class WorkerCluster
{
    /// <summary>The bound and validated settings; invalid ones throw like the other settings' validation does.</summary>
    /// <exception cref="OptionsValidationException">A value cannot be read or is not valid; the messages name the settings.</exception>
    public static ClusterSettings Read(IConfiguration configuration)
    {
        ClusterSettings settings;
        try
        {
            settings = configuration.GetSection(ClusterSettings.Section).Get<ClusterSettings>() ?? new ClusterSettings();
        }
        catch (InvalidOperationException e)
        {
            throw Invalid([$"Cluster: {e.InnerException?.Message ?? e.Message}"]);
        }
        if (!settings.Enabled)
        {
            return settings;
        }
        var problems = settings.Validate().ToList();
        if (!HasInbox(configuration) && !string.IsNullOrWhiteSpace(configuration[$"{Web.WebSettings.Section}:{nameof(Web.WebSettings.Url)}"]))
        {
            problems.Add("Web:Url needs Worker:Inbox: a cluster member without an inbox keeps no history to show");
        }
        return problems.Count == 0 ? settings : throw Invalid(problems);
    }

    /// <summary>True when <c>Worker:Inbox</c> is set: the worker watches an inbox and runs its schedules.</summary>
    public static bool HasInbox(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{WorkerSettings.Section}:{nameof(WorkerSettings.Inbox)}"]);

    private static OptionsValidationException Invalid(IEnumerable<string> problems) =>
        new(ClusterSettings.Section, typeof(ClusterSettings), problems);
}
