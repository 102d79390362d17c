namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>
/// Where an anomaly may go: never on a negative-control day, from day 21 (some history first), and at least five days
/// from another anomaly of the same version.
/// </summary>
internal sealed class InjectionCalendar(SeasonalWorld world, IEnumerable<NegativeControl> controls)
{
    public const int FirstDay = 21;
    private readonly HashSet<(string, string, DateOnly)> controlDays = controls.Select(c => (c.AppId, c.AppVersion, c.Day)).ToHashSet();
    private readonly Dictionary<SimVersion, List<int>> taken = [];

    public List<InjectedAnomaly> Anomalies { get; } = [];

    public bool Allows(SimVersion version, int day) =>
        day >= FirstDay && day < world.Days - 1 && version.Live(day - FirstDay)
        && !controlDays.Contains((version.App.Id, version.Name, world.Date(day)))
        && !taken.GetValueOrDefault(version, []).Exists(t => Math.Abs(t - day) < 5);

    public void Record(SimVersion version, int day, string kind, double strength)
    {
        if (!taken.TryGetValue(version, out var days))
        {
            taken[version] = days = [];
        }
        days.Add(day);
        Anomalies.Add(new InjectedAnomaly(version.App.Id, version.Name, world.Date(day), kind, strength));
    }
}
