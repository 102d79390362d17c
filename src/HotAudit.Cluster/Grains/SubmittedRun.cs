using HotAudit.Cluster.Runs;

namespace HotAudit.Cluster.Grains;

/// <summary>
/// A coordinator's persisted state (Redis grain storage): the run it was asked to do and the cluster that asked, so a
/// coordinator activated by the resume reminder after the client and the first coordinator are gone can start it again.
/// </summary>
[GenerateSerializer]
public sealed class SubmittedRun
{
    /// <summary>The grain storage provider that keeps it.</summary>
    public const string Storage = "hotaudit-runs";

    /// <summary>The run, or null when none is pending.</summary>
    [Id(0)]
    public RunRequest? Request { get; set; }

    /// <summary>
    /// The cluster the run was submitted to: reminders and state are kept per service id, which clusters sharing one Redis
    /// may have in common; a coordinator of another cluster leaves the run alone.
    /// </summary>
    [Id(1)]
    public string? ClusterId { get; set; }
}
