namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// Rewrites one vector's events so one measure reaches a target and the others stay as they were: applies turned
/// silent, patch cycles moved into the night, checks downgraded to http, crashes added, a failed verification (then
/// a fresh download that passes) put before applies, or the same patch applied again. Each returns false when the
/// vector cannot carry it (too few events of the right sort).
/// </summary>
internal sealed class TelemetryEdits(OperatorWorld world, PatchTimelines timelines, List<SimEvent> events, VectorIndex index, Random rng)
{
    public bool Share(string kind, (int Version, int Day) key, double target)
    {
        var stats = VectorStats.Of(events, index[key]);
        // A vector whose own count is already half the target or more cannot carry the anomaly: it would move a few events
        // or none, and the label would measure the vector's natural variation, not the monitor.
        int Doubling(int need, int already) => need >= already ? need : 0;
        return kind switch
        {
            AnomalyKinds.SilentBackground => Silent(key, Doubling(Need(target, stats.Applies, stats.Silent), stats.Silent)),
            AnomalyKinds.NightApplies => Night(key, Doubling(Need(target, stats.Applies, stats.Night), stats.Night)),
            AnomalyKinds.HttpDowngrade => Http(key, Doubling(Need(target, stats.Checks, stats.HttpChecks), stats.HttpChecks)),
            AnomalyKinds.FailureSpike => Crashes(key, Doubling(Need(target, stats.Active, stats.Failing), stats.Failing)),
            AnomalyKinds.VerifyFailedSpike => VerifyFailures(key, (int)Math.Round((target * stats.Verifications - stats.VerifyFailed) / (1 - target))),
            _ => false,
        };
    }

    private static int Need(double target, int whole, int already) => (int)Math.Round(target * whole) - already;

    private List<int> Events(IEnumerable<int> indexes, Func<SimEvent, bool> test) => indexes.Where(i => test(events[i])).ToList();

    private List<T> Choose<T>(List<T> items, int count) => items.OrderBy(_ => rng.Next()).Take(count).ToList();

    private bool Silent((int Version, int Day) key, int count)
    {
        var applies = Events(index[key], e => e.Event == "apply_success" && !VectorStats.IsSilent(e));
        if (count < 1 || applies.Count < count)
            return false;
        var cycles = Choose(applies, count).Select(i => events[i].Cycle).ToHashSet();
        foreach (var i in Events(index[key], e => cycles.Contains(e.Cycle) && (e.IsApply || e.IsDownload)))
            events[i] = events[i] with { Background = true, UserInitiated = false, InstallMode = events[i].IsApply ? "silent" : null };
        return true;
    }

    private bool Night((int Version, int Day) key, int count)
    {
        var dayStart = world.Calendar.At(key.Day, 0);
        var version = world.Versions[key.Version];
        var published = timelines.Changes(version).Where(c => c.From < dayStart).Select(c => c.Number).ToHashSet();
        var consenting = Events(index[key], e => e.Event.StartsWith("consent_", StringComparison.Ordinal)).Select(i => events[i].Device).ToHashSet();
        var applies = Events(index[key], e => e.Event == "apply_success" && e.Local.Hour >= 6
            && (published.Contains(e.Patch) || e.Patch <= version.PatchesBefore) && !consenting.Contains(e.Device));
        if (count < 1 || applies.Count < count)
            return false;
        foreach (var cycle in Choose(applies, count).Select(i => events[i].Cycle))
        {
            var members = Events(index[key], e => e.Cycle == cycle);
            var first = members.Min(i => events[i].Local);
            var shift = world.Calendar.At(key.Day, 300 + rng.Next(5 * 3600)) - first;
            foreach (var i in members)
                events[i] = events[i] with { Local = events[i].Local + shift };
        }
        return true;
    }

    private bool Http((int Version, int Day) key, int count)
    {
        var checks = Events(index[key], e => e.Event == "update_check" && !e.Http);
        if (count < 1 || checks.Count < count)
            return false;
        foreach (var i in Choose(checks, count))
            events[i] = events[i] with { Http = true };
        return true;
    }

    private bool Crashes((int Version, int Day) key, int count)
    {
        var failing = Events(index[key], e => e.Event is "apply_failed" or "rollback" or "crash").Select(i => events[i].Device).ToHashSet();
        var launches = Events(index[key], e => e.Event == "launch" && !failing.Contains(e.Device))
            .GroupBy(i => events[i].Device).Select(g => g.First()).ToList();
        if (count < 1 || launches.Count < count)
            return false;
        foreach (var i in Choose(launches, count))
        {
            var launch = events[i];
            var room = (int)Math.Max(1, (world.Calendar.At(key.Day + 1, 0) - launch.Local).TotalSeconds - 120);
            Append(new SimEvent(launch.Local.AddSeconds(30 + rng.Next(Math.Min(room, 3600))), launch.Version, launch.Device, "crash") { Patch = launch.Patch });
        }
        return true;
    }

    private bool VerifyFailures((int Version, int Day) key, int count)
    {
        var passed = Events(index[key], e => e.Event == "verify_passed");
        if (count < 1 || passed.Count < 1)
            return false;
        foreach (var i in Choose(passed, count))
        {
            var verify = events[i];
            var complete = events[index[key].First(j => events[j].Cycle == verify.Cycle && events[j].Event == "download_complete")];
            Append(complete with { Local = complete.Local.AddSeconds(2), Event = "verify_failed", ErrorCode = "E_SIG_MISMATCH" });
            Append(complete with { Local = complete.Local.AddSeconds(4), Event = "download_start" });
            Append(complete with { Local = complete.Local.AddSeconds(7) });
        }
        return true;
    }

    /// <summary>
    /// Extra applies of the patch each device already runs, until the day has <paramref name="multiple"/> times the
    /// version's usual applies per device; the extra cycles keep the app's mix of foreground and background.
    /// </summary>
    public bool ApplyRate((int Version, int Day) key, double multiple, double usual)
    {
        var stats = VectorStats.Of(events, index[key]);
        var rate = stats.Measure(AnomalyKinds.ApplyRateSpike);
        if (usual <= 0 || stats.Applies < 10 || rate < usual * 0.67 || rate > usual * 1.5)
            return false;
        var extra = (int)Math.Round(multiple * usual * stats.Active) - stats.Applies;
        var holders = Events(index[key], e => e.Event == "launch" && e.Patch > 0).GroupBy(i => events[i].Device).Select(g => events[g.First()]).ToList();
        if (extra < 1 || holders.Count == 0)
            return false;
        var http = Events(index[key], e => e.Event == "update_check").GroupBy(i => events[i].Device).ToDictionary(g => g.Key, g => events[g.First()].Http);
        var levels = world.AppOf(world.Versions[key.Version]).Levels;
        var cycle = new PatchCycle(rng, events, firstId: 1_000_000_000 + events.Count);
        var reapply = new BaselineLevels(levels.Background, levels.NightWeight, 0, 0, 0, 0, 0);
        var end = world.Calendar.At(key.Day + 1, 0).AddMinutes(-15);
        var plan = new List<(SimEvent Launch, DateTime At)>();
        for (var attempt = 0; plan.Count < extra && attempt < 20 * (extra + holders.Count); attempt++)
        {
            var launch = holders[rng.Next(holders.Count)];
            var at = launch.Local.AddSeconds(60 + rng.NextDouble() * Math.Max(0, (end - launch.Local).TotalSeconds - 60));
            if (timelines.ActiveAt(world.Versions[key.Version], at) == launch.Patch)
                plan.Add((launch, at));
        }
        if (plan.Count < extra)
            return false;
        foreach (var (launch, at) in plan)
        {
            var device = new DeviceState(launch.Device, 0, "", "", "", 0, 0, http.GetValueOrDefault(launch.Device)) { Version = launch.Version };
            var before = events.Count;
            cycle.Run(device, reapply, at, launch.Patch, prompted: false);
            for (var i = before; i < events.Count; i++)
                index.Add(events[i], i);
        }
        return true;
    }

    private void Append(SimEvent e)
    {
        events.Add(e);
        index.Add(e, events.Count - 1);
    }
}
