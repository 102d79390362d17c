using System.Globalization;

namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>
/// The operation-log anomalies, on quiet versions and days with no other operation of that version around them:
/// a burst of publishes (patches prepared over the three days before, published by the usual release owner within an
/// evening), a burst of rollbacks (set_active back and forth, a deactivate; ending on the patch that was active), and a
/// day on which accounts from outside the version's team act on it.
/// </summary>
internal sealed class OperationBursts(OperationLog log, Random rng, InjectionCalendar calendar)
{
    private readonly SeasonalWorld world = log.World;

    public void Inject(int seed)
    {
        foreach (var kind in new[] { AnomalyKinds.PublishBurst, AnomalyKinds.RollbackBurst, AnomalyKinds.OperatorBurst })
        {
            foreach (var strength in StrengthSchedule.For(kind, seed))
            {
                var (version, day) = Place(kind);
                if (version is null)
                {
                    continue;
                }
                var count = kind switch
                {
                    AnomalyKinds.PublishBurst => Publishes(version, day, (int)strength),
                    AnomalyKinds.RollbackBurst => Rollbacks(version, day, (int)strength),
                    _ => Outsiders(version, day, (int)strength),
                };
                calendar.Record(version, day, kind, count);
                log.BuildTimelines();
            }
        }
    }

    private (SimVersion? Version, int Day) Place(string kind)
    {
        var (before, after) = kind == AnomalyKinds.PublishBurst ? (4, 2) : (1, 1);
        var options = world.Versions
            .SelectMany(v => Enumerable.Range(InjectionCalendar.FirstDay, world.Days - InjectionCalendar.FirstDay).Select(d => (v, d)))
            .Where(o => Quiet(o.v, o.d) && calendar.Allows(o.v, o.d) && o.v.FreeOfOperations(o.d - before, o.d + after) && o.d < world.Days - 3)
            .Where(o => kind != AnomalyKinds.RollbackBurst || Earlier(o.v, o.d) is not null)
            .GroupBy(o => o.v).ToList();
        if (options.Count == 0)
        {
            return (null, 0);
        }
        var days = options[rng.Next(options.Count)].ToList();
        return days[rng.Next(days.Count)];
    }

    private static bool Quiet(SimVersion version, int day) =>
        version.Cadence == Cadence.Quiet || day - 3 > version.LastPatchDay;

    private SimPatch? Earlier(SimVersion version, int day)
    {
        var start = world.At(day, 0);
        var active = version.ActiveAt(start);
        return active < 0 ? null : version.Published
            .Where(p => p.Ticks < start && p.Patch != version.Patches[active]).OrderBy(p => p.Ticks).Select(p => p.Patch).LastOrDefault();
    }

    private int Publishes(SimVersion version, int day, int count)
    {
        var chain = new PatchChain(log, rng);
        var patches = Enumerable.Range(0, count).Select(_ => chain.Prepare(version, day, big: false, [day - 3, day - 2, day - 1], mustPass: true)!).ToList();
        var at = world.At(day, AppRates.Between(rng, 19.5, 21));
        foreach (var patch in patches)
        {
            chain.Publish(version, patch, at);
            at += rng.Next(12, 30) * TimeSpan.TicksPerMinute;
        }
        return count;
    }

    private int Rollbacks(SimVersion version, int day, int count)
    {
        var current = version.Patches[version.ActiveAt(world.At(day, 0))];
        var earlier = Earlier(version, day)!;
        SimPatch?[] steps = count switch
        {
            2 => [earlier, current],
            3 => [earlier, null, current],
            _ => [earlier, current, earlier, current],
        };
        var at = world.At(day, AppRates.Between(rng, 19.5, 21.5));
        foreach (var patch in steps)
        {
            var action = patch is null ? "deactivate" : "set_active";
            log.Add(PatchChain.Row(at, version.App.Team.Release, "release", action, version, patch ?? current));
            at += rng.Next(8, 25) * TimeSpan.TicksPerMinute;
        }
        return steps.Length;
    }

    private int Outsiders(SimVersion version, int day, int count)
    {
        var active = version.Patches[Math.Max(0, version.ActiveAt(world.At(day, 9)))];
        foreach (var who in Names.Outsiders.OrderBy(_ => rng.Next()).Take(count))
        {
            var at = world.At(day, AppRates.Between(rng, 9, 22));
            if (rng.NextDouble() < 0.5)
            {
                var condition = string.Create(CultureInfo.InvariantCulture, $"Android >= {rng.Next(10, 14)} || region == \"cn-{rng.Next(1, 9)}\"");
                log.Add(PatchChain.Row(at, who, "ops", "targeting_change", version, active) with { Condition = condition });
                continue;
            }
            var draft = version.NewPatch(prompted: false, Names.Changes[rng.Next(Names.Changes.Count)], at);
            log.Add(PatchChain.Row(at, who, "vendor", "patch_upload", version, draft) with { Content = draft.Content });
            log.Add(PatchChain.Row(at + (rng.Next(5, 40) * TimeSpan.TicksPerMinute), who, "vendor", "approval_request", version, draft));
        }
        return count;
    }
}
