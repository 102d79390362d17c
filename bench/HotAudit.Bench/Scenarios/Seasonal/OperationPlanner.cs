namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>
/// The platform's normal operation log: app and version registration, permission grants, monthly usage reviews, and
/// per version a publish cadence (busy, normal, quiet) of patches through the full chain, mostly on workdays, with a
/// rare legitimate rollback; two patches per existing version before the period so devices start on a published patch.
/// </summary>
internal sealed class OperationPlanner(SeasonalWorld world, Random rng)
{
    private readonly OperationLog log = new(world);

    /// <summary>The big prompted releases (version, publish day): release-day controls.</summary>
    public List<(SimVersion Version, int Day)> BigReleases { get; } = [];

    public OperationLog Plan()
    {
        Governance.Add(log, rng);
        var chain = new PatchChain(log, rng);
        var planned = world.Versions.ToDictionary(v => v, PublishDays);
        ChooseBigReleases(planned);
        foreach (var version in world.Versions)
        {
            Register(version);
            foreach (var day in planned[version])
            {
                PublishOn(chain, version, day);
            }
        }
        return log;
    }

    private void Register(SimVersion version)
    {
        var at = world.At(version.ReleaseDay, AppRates.Between(rng, 9, 10));
        log.Add(PatchChain.Row(at, version.App.Team.Lead, "lead", "version_register", version, null));
    }

    private void PublishOn(PatchChain chain, SimVersion version, int day)
    {
        var big = BigReleases.Contains((version, day));
        var patch = chain.Prepare(version, day, big);
        if (patch is null)
        {
            return;
        }
        var at = world.At(day, big ? AppRates.Between(rng, 9.5, 10.5) : AppRates.Between(rng, 10, 18));
        chain.Publish(version, patch, at);
        if (!big && day >= 0 && version.Published.Count > 1 && rng.NextDouble() < 0.04)
        {
            var back = version.Published[^2].Patch;
            log.Add(PatchChain.Row(at + (long)(AppRates.Between(rng, 2, 5) * TimeSpan.TicksPerHour), version.App.Team.Release, "release", "set_active", version, back));
        }
    }

    private List<int> PublishDays(SimVersion version)
    {
        var days = new List<int>();
        if (version.ReleaseDay < 0)
        {
            days.Add(Math.Max(version.ReleaseDay + 3, -rng.Next(30, 46)));
            days.Add(-rng.Next(8, 21));
        }
        var day = version.ReleaseDay < 0 ? 0 : version.ReleaseDay + rng.Next(3, 7);
        if (version.ReleaseDay >= 0)
        {
            days.Add(Workday(day));
        }
        while (true)
        {
            var quiet = version.Cadence == Cadence.Quiet || days[^1] > version.LastPatchDay;
            var mean = quiet ? 30.0 : version.Cadence == Cadence.Busy ? 3.5 : AppRates.Between(rng, 5, 8);
            day = Workday(days[^1] + Math.Max(quiet ? 10 : 3, (int)Math.Round(-Math.Log(1 - rng.NextDouble()) * mean)));
            if (day >= world.Days)
            {
                return days;
            }
            days.Add(day);
        }
    }

    private int Workday(int day)
    {
        while (world.Holidays.ContainsKey(day) || (!world.IsWorkday(day) && rng.NextDouble() < 0.85))
        {
            day++;
        }
        return day;
    }

    private void ChooseBigReleases(Dictionary<SimVersion, List<int>> planned)
    {
        var candidates = planned
            .Where(p => p.Key.App.Size is AppSize.Medium or AppSize.Large && p.Key.Cadence != Cadence.Quiet)
            .SelectMany(p => p.Value.Where(d => d >= 7 && d < world.Days - 2 && d <= p.Key.LastPatchDay).Select(d => (p.Key, d)))
            .ToList();
        var count = Math.Min(candidates.Count, rng.Next(2, 5));
        BigReleases.AddRange(candidates.OrderBy(_ => rng.Next()).Take(count));
    }
}
