namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// The case's truth as it is written: injected anomalies and negative controls, and the (version, day) vectors that
/// are taken, so that no anomaly lands on a control or near another anomaly of the same version (a control may sit
/// next to an anomaly: weekly peaks come every Saturday).
/// </summary>
internal sealed class FleetLedger(FleetWorld world)
{
    private readonly HashSet<(int Version, int Day)> _controlled = [];
    private readonly HashSet<(int Version, int Day)> _injected = [];
    private readonly List<(int Version, int Day, string Kind, double Strength)> _anomalies = [];
    private readonly List<(int Version, int Day, string Kind)> _controls = [];

    public IReadOnlyList<(int Version, int Day, string Kind, double Strength)> Anomalies => _anomalies;

    public IReadOnlyList<(int Version, int Day, string Kind)> Controls => _controls;

    /// <summary>Whether no control sits on the vector and no anomaly on <paramref name="version"/> within <paramref name="margin"/> days of <paramref name="day"/>.</summary>
    public bool Free(int version, int day, int margin) =>
        !_controlled.Contains((version, day)) && Enumerable.Range(day - margin, (2 * margin) + 1).All(d => !_injected.Contains((version, d)));

    public void Control(int version, int day, string kind)
    {
        if (day < -FleetWorld.LogHistory || day >= world.Days || _controls.Any(c => c.Version == version && c.Day == day)
            || _anomalies.Any(a => a.Version == version && a.Day == day))
            return;
        _controlled.Add((version, day));
        _controls.Add((version, day, kind));
    }

    /// <summary>Records an anomaly; its strength may be set later, once measured on the final rows.</summary>
    public void Anomaly(int version, int day, string kind, double strength)
    {
        _injected.Add((version, day));
        _anomalies.Add((version, day, kind, strength));
    }

    public void SetStrength(int index, double strength) => _anomalies[index] = _anomalies[index] with { Strength = strength };

    /// <summary>Keeps only the controls <paramref name="keep"/> says exist in the written case.</summary>
    public void KeepControls(Func<int, int, bool> keep) => _controls.RemoveAll(c => !keep(c.Version, c.Day));

    public ScenarioTruth Truth(string family, int seed)
    {
        InjectedAnomaly ToAnomaly((int Version, int Day, string Kind, double Strength) a) =>
            new(world.AppOf(world.Versions[a.Version]).AppId, world.Versions[a.Version].Name, world.Date(a.Day), a.Kind, a.Strength);
        NegativeControl ToControl((int Version, int Day, string Kind) c) =>
            new(world.AppOf(world.Versions[c.Version]).AppId, world.Versions[c.Version].Name, world.Date(c.Day), c.Kind);
        return new ScenarioTruth(
            family, seed,
            [.. _anomalies.Select(ToAnomaly).OrderBy(a => a.Day).ThenBy(a => a.AppId, StringComparer.Ordinal).ThenBy(a => a.Kind, StringComparer.Ordinal)],
            [.. _controls.Select(ToControl).OrderBy(c => c.Day).ThenBy(c => c.AppId, StringComparer.Ordinal).ThenBy(c => c.AppVersion, StringComparer.Ordinal)]);
    }
}
