namespace HotAudit.Anomalies.Features;

/// <summary>What the operation log did to one (app, app version, local day).</summary>
internal sealed class OperationDay
{
    public int Publishes;
    public int Rollbacks;

    /// <summary><c>targeting_change</c> rows: who gets the patch changed (a staged rollout widened), so devices may apply without a publish.</summary>
    public int Retargets;

    /// <summary>Publishes of a patch with no <c>approve</c> of it (result <c>approved</c>) earlier in the log (HU-GOV-02's test).</summary>
    public int Unapproved;
    public HashSet<int> Operators { get; } = [];

    /// <summary>Operators acting on the version who acted on none of the app's versions before this day in the log.</summary>
    public HashSet<int> Unfamiliar { get; } = [];

    /// <summary>Whether the operation log reaches far enough before this day to say who is unfamiliar.</summary>
    public bool Baseline { get; init; }
}
