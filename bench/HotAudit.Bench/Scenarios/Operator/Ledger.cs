namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// What the family has decided about particular (app version, day) vectors: injected anomalies, negative controls,
/// release days the telemetry must make busy, and which days are taken so two specials never sit close together.
/// </summary>
internal sealed class Ledger(OperatorWorld world)
{
    /// <summary>Days around a special on the same version that stay ordinary.</summary>
    private const int Spacing = 3;

    /// <summary>Days of history a vector has before it may carry an anomaly.</summary>
    private const int History = 14;

    private readonly Dictionary<int, SortedSet<int>> _taken = [];

    public List<InjectedAnomaly> Anomalies { get; } = [];

    public List<NegativeControl> Controls { get; } = [];

    /// <summary>Release days: (version, day) whose devices are prompted and come back more.</summary>
    public HashSet<(int Version, int Day)> ReleaseDays { get; } = [];

    /// <summary>The day may carry an anomaly or a planned special on this version.</summary>
    public bool Open(VersionPlan version, int day)
    {
        var calendar = world.Calendar;
        var app = world.AppOf(version);
        var first = Math.Max(0, version.LaunchDay);
        return day >= first + History && day < calendar.Days - 2 && !calendar.Holidays.Contains(day)
            && !app.IsPeak(calendar, day)
            && (!_taken.TryGetValue(version.Index, out var taken) || taken.GetViewBetween(day - Spacing, day + Spacing).Count == 0);
    }

    /// <summary>Marks the day as used by a special on the version.</summary>
    public void Take(VersionPlan version, int day)
    {
        if (!_taken.TryGetValue(version.Index, out var taken))
            _taken[version.Index] = taken = [];
        taken.Add(day);
    }

    public void Anomaly(VersionPlan version, int day, string kind, double strength)
    {
        Take(version, day);
        Anomalies.Add(new InjectedAnomaly(world.AppOf(version).AppId, version.Name, world.Calendar.Date(day), kind, strength));
    }

    public void Control(VersionPlan version, int day, string kind) =>
        Controls.Add(new NegativeControl(world.AppOf(version).AppId, version.Name, world.Calendar.Date(day), kind));
}
