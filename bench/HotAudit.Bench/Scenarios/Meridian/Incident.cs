namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// One injected anomaly as planned: its kind (<see cref="AnomalyKinds"/>), the app version and local day, the staged
/// incident, and the strength aimed at (a count for the operation-log kinds, a share or applies per device for the
/// telemetry kinds). What the rows end up measuring is decided later, on the written rows (<see cref="TruthLabeller"/>).
/// </summary>
internal sealed record Incident(int Id, string Kind, int App, int Version, int Day, IncidentPattern Pattern, double Aim)
{
    /// <summary>The count aimed at, for the operation-log kinds.</summary>
    public int Count => (int)Math.Round(Aim);
}
