namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// Chooses where the incidents happen: for each kind <see cref="PerKind"/> injections, each on a different app where
/// possible, at aims cycled through the kind's ladder. An incident needs history (day 21 on), stays out of the holiday
/// week, the sale, a version's first days and the last days, keeps two days from any routine release work on its
/// version and from any other incident of its app; a share needs a version with the devices to make a base.
/// </summary>
internal static class IncidentPlanner
{
    public const int PerKind = 4;

    private static readonly (string Kind, double[] Aims)[] Ladders =
    [
        (AnomalyKinds.SilentBackground, [0.3, 0.5, 0.75, 0.95]),
        (AnomalyKinds.NightApplies, [0.2, 0.35, 0.5]),
        (AnomalyKinds.VerifyFailedSpike, [0.1, 0.25, 0.5, 0.8]),
        (AnomalyKinds.FailureSpike, [0.06, 0.12, 0.25, 0.4]),
        (AnomalyKinds.ApplyRateSpike, [1.5, 2.5, 4, 6]),
        (AnomalyKinds.HttpDowngrade, [0.1, 0.25, 0.5, 0.8]),
        (AnomalyKinds.RollbackBurst, [2, 3, 4]),
        (AnomalyKinds.PublishBurst, [2, 3, 4, 5, 6]),
        (AnomalyKinds.OperatorBurst, [1, 2, 4]),
    ];

    public static List<Incident> Plan(IReadOnlyList<AppWorld> apps, List<ReleasePlan> plans, MeridianCalendar calendar, Random rng)
    {
        var incidents = new List<Incident>();
        foreach (var (kind, aims) in Ladders)
        {
            var offset = rng.Next(aims.Length);
            var used = new HashSet<int>();
            for (var i = 0; i < PerKind; i++)
            {
                var aim = aims[(offset + i) % aims.Length];
                var candidates = Candidates(apps, plans, incidents, calendar, kind, aim).ToList();
                var fresh = candidates.Where(c => !used.Contains(c.App)).ToList();
                var pool = fresh.Count > 0 ? fresh : candidates;
                if (pool.Count == 0)
                {
                    continue;
                }
                var appIds = pool.Select(c => c.App).Distinct().ToList();
                var app = appIds[rng.Next(appIds.Count)];
                var onApp = pool.Where(c => c.App == app).ToList();
                var (_, version, day) = onApp[rng.Next(onApp.Count)];
                used.Add(app);
                var world = apps[app];
                var pattern = Pattern(kind, aim, world, PatchesBefore(world, plans, version, day), world.Expected[version][day], rng);
                if (kind == AnomalyKinds.OperatorBurst)
                {
                    aim += RoutineOperators(world.Profile.Style);
                }
                var incident = new Incident(incidents.Count, kind, app, version, day, pattern, aim);
                incidents.Add(incident);
                plans.Add(new ReleasePlan(app, version, day, PlanKind.Incident, 0, incident));
            }
        }
        return incidents;
    }

    /// <summary>The most people a team's routine release day has on one version (its style's design; a fix-of-fix day can have two reviewers).</summary>
    public static int RoutineOperators(ReleaseStyle style) => style switch
    {
        ReleaseStyle.FullChain => 3,
        ReleaseStyle.ManyHands or ReleaseStyle.FixOfFix => 5,
        _ => 4,
    };

    private static IEnumerable<(int App, int Version, int Day)> Candidates(IReadOnlyList<AppWorld> apps, List<ReleasePlan> plans,
        List<Incident> incidents, MeridianCalendar calendar, string kind, double aim)
    {
        foreach (var app in apps)
        {
            if ((kind == AnomalyKinds.SilentBackground && app.Profile.Install == InstallPolicy.SilentNextLaunch)
                || (kind == AnomalyKinds.NightApplies && app.Profile.Hours == HourProfile.Night))
            {
                continue;
            }
            var ownPlans = plans.Where(p => p.App == app.Index).ToList();
            var ownIncidents = incidents.Where(i => i.App == app.Index).Select(i => i.Day).ToList();
            for (var day = 21; day < calendar.Days - 3; day++)
            {
                if (day >= calendar.HolidayFirst - 1 && day <= calendar.HolidayLast + 1
                    || (app.CampaignDay is { } c && Math.Abs(day - c) <= 1) || ownIncidents.Any(d => Math.Abs(d - day) <= 2))
                {
                    continue;
                }
                foreach (var v in app.Versions.Where(v => v.ReleaseDay <= day - 5))
                {
                    if (Fits(app, ownPlans, v.Index, day, kind, aim))
                    {
                        yield return (app.Index, v.Index, day);
                    }
                }
            }
        }
    }

    private static bool Fits(AppWorld app, List<ReleasePlan> plans, int version, int day, string kind, double aim)
    {
        var near = plans.Any(p => p.Version == version && (p.Kind == PlanKind.Touch ? p.Day == day : Math.Abs(p.Day - day) <= 2));
        if (near)
        {
            return false;
        }
        var expected = app.Expected[version][day];
        return kind switch
        {
            AnomalyKinds.PublishBurst => version != app.CurrentAt(day) && expected >= 2
                && !plans.Any(p => p.Version == version && p.Kind != PlanKind.Touch && Math.Abs(p.Day - day) <= 7),
            AnomalyKinds.RollbackBurst => expected >= 5 && PatchesBefore(app, plans, version, day) >= 2,
            AnomalyKinds.OperatorBurst => expected >= 1,
            AnomalyKinds.SilentBackground or AnomalyKinds.NightApplies or AnomalyKinds.VerifyFailedSpike => expected >= 60,
            AnomalyKinds.FailureSpike => expected >= (aim >= 0.25 ? 60 : 35),
            _ => expected >= 35,
        };
    }

    /// <summary>Patches the version will have published before <paramref name="day"/>.</summary>
    private static int PatchesBefore(AppWorld app, List<ReleasePlan> plans, int version, int day) =>
        app.Versions[version].PrePatches + plans.Where(p => p.App == app.Index && p.Version == version && p.Day < day)
            .Sum(p => p.Kind switch
            {
                PlanKind.Release or PlanKind.Backport or PlanKind.Maintenance => 1 + (p.Variant == 1 && app.Profile.Style == ReleaseStyle.FixOfFix ? 1 : 0),
                PlanKind.Incident when p.Incident!.Kind == AnomalyKinds.PublishBurst => p.Incident.Count,
                PlanKind.Incident when IncidentOperations.Publishes(p.Incident!.Pattern) => 1,
                _ => 0,
            });

    private static IncidentPattern Pattern(string kind, double aim, AppWorld app, int patches, double expected, Random rng)
    {
        IncidentPattern[] options = kind switch
        {
            AnomalyKinds.PublishBurst => [IncidentPattern.HotfixStorm, IncidentPattern.CiLoop],
            AnomalyKinds.RollbackBurst => patches >= aim
                ? [IncidentPattern.Flap, IncidentPattern.RevertPurge, IncidentPattern.KillSwitch]
                : [IncidentPattern.Flap],
            AnomalyKinds.OperatorBurst => [IncidentPattern.VendorOnboarding, IncidentPattern.WarRoom, IncidentPattern.SharedConsole],
            AnomalyKinds.SilentBackground => [IncidentPattern.SilentConfig],
            AnomalyKinds.NightApplies => [IncidentPattern.MidnightPush],
            AnomalyKinds.VerifyFailedSpike => aim <= 0.4 ? [IncidentPattern.KeyRotation, IncidentPattern.TruncatedCdn] : [IncidentPattern.KeyRotation],
            AnomalyKinds.FailureSpike => expected >= 60
                ? [IncidentPattern.CrashingRelease, IncidentPattern.DiffBaseMismatch, IncidentPattern.RemoteFlagCrash]
                : [IncidentPattern.RemoteFlagCrash],
            AnomalyKinds.HttpDowngrade => app.Profile.Weekly == WeeklyShape.Office
                ? [IncidentPattern.HttpEndpoint, IncidentPattern.OfficeProxy]
                : [IncidentPattern.HttpEndpoint],
            _ => [IncidentPattern.EtagLoop, IncidentPattern.PersistLoop],
        };
        return options[rng.Next(options.Length)];
    }
}
