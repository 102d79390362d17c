namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// The operation-log anomalies, on quiet versions on days nothing else happens to them (two days either side clear):
/// a burst of publishes by one account (2–6), a burst of rollbacks stepping back patch by patch (2–4), and people from
/// outside the app's team touching one version on one day (3, 4 or 6). Each on a version no other burst touched while
/// there is one: an unflagged burst stays in the version's history and would hide the next one.
/// </summary>
internal sealed class OperationInjector(OperationLog log, FleetLedger ledger, Random rng)
{
    public static readonly int[] Publishes = [2, 3, 4, 5, 6];
    public static readonly int[] Rollbacks = [2, 3, 4];
    public static readonly int[] Operators = [3, 4, 6];

    private readonly FleetWorld _world = log.World;
    private readonly HashSet<int> _used = [];

    public void Inject()
    {
        foreach (var k in Publishes)
            Place(AnomalyKinds.PublishBurst, k, 0, (v, day) => PublishBurst(v, day, k));
        foreach (var k in Rollbacks)
            Place(AnomalyKinds.RollbackBurst, k, k + 1, (v, day) => RollbackBurst(v, day, k));
        foreach (var k in Operators)
            Place(AnomalyKinds.OperatorBurst, k, 0, (v, day) => OperatorBurst(v, day, k));
    }

    private void Place(string kind, int strength, int patchesNeeded, Action<FleetVersion, int> write)
    {
        for (var attempt = 0; attempt < 2000; attempt++)
        {
            var version = _world.Versions[rng.Next(_world.Versions.Count)];
            var day = rng.Next(Math.Max(14, version.Launch + 10), _world.Days - 1);
            var quiet = version.Quiet || attempt > 1500;
            if (!quiet || (attempt < 1000 && _used.Contains(version.Index)) || day >= _world.Days - 1 || !ledger.Free(version.Index, day, 3) || log.Busy(version.Index).Overlaps(Enumerable.Range(day - 2, 5)))
                continue;
            var start = ReleasePlanner.At(_world, day, rng.Next(0, 19), rng);
            if (Active(version.Index, start) < patchesNeeded)
                continue;
            write(version, day);
            _used.Add(version.Index);
            ledger.Anomaly(version.Index, day, kind, strength);
            return;
        }
        throw new InvalidOperationException($"no quiet vector for {kind} {strength}");
    }

    private void PublishBurst(FleetVersion version, int day, int k)
    {
        var team = _world.AppOf(version).Team;
        var who = rng.NextDouble() < 0.7 ? team.Developers[rng.Next(team.Developers.Count)] : Outsiders(version, 1)[0];
        var t = ReleasePlanner.At(_world, day, rng.Next(0, 19), rng);
        for (var i = 0; i < k; i++)
        {
            var patch = log.NextPatch(version.Index);
            log.Add(new FleetOp(t, who, "developer", "patch_upload", version.Index, patch));
            log.Add(new FleetOp(t.AddMinutes(rng.Next(2, 7)), who, "developer", "publish", version.Index, patch));
            t = t.AddMinutes(rng.Next(8, 25));
        }
    }

    private void RollbackBurst(FleetVersion version, int day, int k)
    {
        var team = _world.AppOf(version).Team;
        var who = rng.NextDouble() < 0.7 ? team.Lead : Outsiders(version, 1)[0];
        var t = ReleasePlanner.At(_world, day, rng.Next(0, 19), rng);
        var active = Active(version.Index, t);
        for (var i = 1; i <= k; i++)
        {
            log.Add(new FleetOp(t, who, "lead", "set_active", version.Index, active - i));
            t = t.AddMinutes(rng.Next(5, 30));
        }
    }

    private void OperatorBurst(FleetVersion version, int day, int k)
    {
        var t = ReleasePlanner.At(_world, day, rng.Next(0, 19), rng);
        string[] actions = ["targeting_change", "patch_upload", "approval_request"];
        var people = Outsiders(version, k);
        for (var i = 0; i < k; i++)
        {
            var action = actions[rng.Next(actions.Length)];
            var patch = action == "patch_upload" ? log.NextPatch(version.Index) : Active(version.Index, t);
            log.Add(new FleetOp(t, people[i], "developer", action, version.Index, patch));
            t = t.AddMinutes(rng.Next(3, 40));
        }
    }

    /// <summary>
    /// <paramref name="k"/> distinct people not on the version's app team: other apps' developers, and accounts seen
    /// nowhere else (contractors).
    /// </summary>
    private List<string> Outsiders(FleetVersion version, int k)
    {
        var own = _world.AppOf(version).Team.Members.ToHashSet();
        var others = _world.Apps.SelectMany(a => a.Team.Developers).Where(p => !own.Contains(p)).Distinct().OrderBy(_ => rng.Next()).ToList();
        var fromOthers = Math.Min(others.Count, (k + 1) / 2);
        return [.. others.Take(fromOthers), .. Enumerable.Range(0, k - fromOthers).Select(i => $"ext.contractor{rng.Next(10, 99)}{(char)('a' + i)}")];
    }

    /// <summary>The patch active on the version at <paramref name="local"/>, replayed from the rows planned so far.</summary>
    private int Active(int version, DateTime local)
    {
        var active = _world.Versions[version].PreCase;
        foreach (var op in log.Rows.Where(o => o.Version == version && o.Local <= local).OrderBy(o => o.Local))
            active = op.Action is "publish" or "set_active" ? op.Patch : op.Action == "deactivate" ? 0 : active;
        return active;
    }
}
