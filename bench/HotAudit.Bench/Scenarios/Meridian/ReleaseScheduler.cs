namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// An app's routine work over the case: a version registration and a first patch a day or two after each store
/// release; a patch release on the current version every patch cadence (on working days, none in the Diwali code
/// freeze, one before a sale); the staged team's widenings; backports to the previous version now and then; and on the
/// quiet versions a touch in some weeks and a maintenance patch in few.
/// </summary>
internal static class ReleaseScheduler
{
    public static List<ReleasePlan> For(AppWorld app, MeridianCalendar calendar, Random rng)
    {
        var plans = new List<ReleasePlan>();
        foreach (var v in app.Versions.Where(v => v.NewInCase))
        {
            plans.Add(new ReleasePlan(app.Index, v.Index, v.ReleaseDay, PlanKind.Launch));
            AddRelease(app, calendar, plans, v.Index, v.ReleaseDay + 1 + rng.Next(2), rng);
        }
        var cadence = app.Profile.PatchCadence;
        for (var day = 2 + rng.Next(cadence); day < calendar.Days - 1; day += cadence + rng.Next(-2, 3))
        {
            day = Workday(app, calendar, day);
            if (day >= calendar.Days - 1)
            {
                break;
            }
            var version = app.Versions.Last(v => v.ReleaseDay <= day - 3).Index;
            if (plans.Any(p => p.Version == version && p.Kind == PlanKind.Release && Math.Abs(p.Day - day) <= 3))
            {
                continue;
            }
            AddRelease(app, calendar, plans, version, day, rng);
            if (version > 0 && rng.NextDouble() < 0.3 && app.Versions[version - 1].ReleaseDay > day - 100)
            {
                plans.Add(new ReleasePlan(app.Index, version - 1, Workday(app, calendar, day + rng.Next(2)), PlanKind.Backport));
            }
        }
        if (app.CampaignDay is { } sale && !plans.Any(p => p.Kind == PlanKind.Release && Math.Abs(p.Day - sale) <= 3))
        {
            AddRelease(app, calendar, plans, app.CurrentAt(sale - 2), sale - 2, rng);
        }
        AddQuietWork(app, calendar, plans, rng);
        return plans;
    }

    private static void AddRelease(AppWorld app, MeridianCalendar calendar, List<ReleasePlan> plans, int version, int day, Random rng)
    {
        var variant = app.Profile.Style switch
        {
            ReleaseStyle.FixOfFix => rng.NextDouble() < 0.35 ? 1 : 0,
            ReleaseStyle.ManyHands => 3 + rng.Next(3),
            _ => 0,
        };
        plans.Add(new ReleasePlan(app.Index, version, day, PlanKind.Release, variant));
        if (app.Profile.Style == ReleaseStyle.Staged)
        {
            foreach (var (step, after) in new[] { (1, 2), (2, 4 + rng.Next(2)) })
            {
                if (day + after < calendar.Days)
                {
                    plans.Add(new ReleasePlan(app.Index, version, day + after, PlanKind.Widen, step));
                }
            }
        }
    }

    private static void AddQuietWork(AppWorld app, MeridianCalendar calendar, List<ReleasePlan> plans, Random rng)
    {
        for (var week = 0; week * 7 < calendar.Days; week++)
        {
            foreach (var v in app.Versions)
            {
                var day = week * 7 + rng.Next(5);
                if (day >= calendar.Days || v.ReleaseDay > day - 7 || app.CurrentAt(day) == v.Index
                    || plans.Any(p => p.Version == v.Index && Math.Abs(p.Day - day) <= 2))
                {
                    continue;
                }
                var u = rng.NextDouble();
                if (u < 0.05 && !calendar.IsHoliday(day))
                {
                    plans.Add(new ReleasePlan(app.Index, v.Index, day, PlanKind.Maintenance));
                }
                else if (u < 0.4)
                {
                    plans.Add(new ReleasePlan(app.Index, v.Index, day, PlanKind.Touch));
                }
            }
        }
    }

    /// <summary>The first day at or after <paramref name="day"/> the team releases on: office teams Tuesday to
    /// Thursday, the others Monday to Thursday; after the Diwali code freeze.</summary>
    private static int Workday(AppWorld app, MeridianCalendar calendar, int day)
    {
        var office = app.Profile.Weekly == WeeklyShape.Office;
        for (var guard = 0; guard < 14; guard++, day++)
        {
            var weekday = calendar.Weekday(day);
            var working = office ? weekday is >= 1 and <= 3 : weekday <= 3;
            if (working && !calendar.IsHoliday(day) && !(app.CampaignDay is { } c && (day == c || day == c - 1)))
            {
                return day;
            }
        }
        return day;
    }
}
