namespace HotAudit.Anomalies.Features;

/// <summary>What the operation log did to one (app, app version, local day).</summary>
internal sealed class OperationDay
{
    public int Publishes;
    public int Rollbacks;
    public HashSet<int> Operators { get; } = [];
}
