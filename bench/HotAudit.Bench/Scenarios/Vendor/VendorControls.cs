namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>
/// The legitimate unusual days: big release days (one publish through the full chain, many devices applying), the
/// first three days of each new app version, the holidays on every version in use, and a few of each app's weekly peaks.
/// </summary>
internal sealed class VendorControls(VendorWorld world, Random rng, IReadOnlyDictionary<VendorVector, VendorStats> stats, IReadOnlySet<VendorVector> injected)
{
    private readonly Dictionary<VendorVector, string> chosen = [];

    public IReadOnlyList<NegativeControl> Pick()
    {
        var days = stats.Keys.Where(v => !injected.Contains(v)).OrderBy(v => v.Version.App.Id, StringComparer.Ordinal).ThenBy(v => v.Version.Index).ThenBy(v => v.Day).ToList();
        Take(AnomalyKinds.ReleaseDay, 5, days.Where(v => stats[v].Publishes == 1 && stats[v].Devices.Count >= 200 && stats[v].Applies >= 0.2 * stats[v].Devices.Count));
        Take(AnomalyKinds.NewVersionFirstDays, 99, days.Where(v => v.Version.ReleaseDay >= Math.Max(1, v.Version.App.JoinDay) && v.Day - v.Version.ReleaseDay is >= 0 and <= 2 && stats[v].Devices.Count >= 5));
        Take(AnomalyKinds.Holiday, 99, days.Where(v => world.Calendar.Holidays.Contains(v.Day) && stats[v].Devices.Count >= 30));
        foreach (var app in world.Apps.Where(a => a.Devices.Count >= 200))
        {
            var peaks = days.Where(v => v.Version.App == app && world.Calendar.Weekday(v.Day) == app.PeakDay && !world.Calendar.Holidays.Contains(v.Day))
                .GroupBy(v => v.Day).Select(g => g.MaxBy(v => stats[v].Devices.Count)).ToList();
            Take(AnomalyKinds.WeeklyPeak, 2, peaks);
        }
        return [.. chosen.Select(c => new NegativeControl(c.Key.Version.App.Id, c.Key.Version.Name, world.Calendar.Date(c.Key.Day), c.Value))];
    }

    private void Take(string kind, int count, IEnumerable<VendorVector> candidates)
    {
        var open = candidates.Where(v => !chosen.ContainsKey(v)).ToList();
        foreach (var v in open.OrderBy(_ => rng.Next()).Take(count).OrderBy(v => v.Day))
        {
            chosen[v] = kind;
        }
    }
}
