namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// Records the legitimate unusual days as negative controls, from what the teams did and what the rows show: the sale
/// day, fix-of-fix days, many-people release days, staged widenings, the days after a release of the silent-by-design
/// and the night apps, new versions' first three days, routine release days with a real wave of applies, the holiday's
/// core days of the office apps, and each week's peak day of the apps with a strong weekly shape. A vector gets one
/// control kind (the most specific), and none within two days of an incident on its version.
/// </summary>
internal static class ControlPicker
{
    public static List<NegativeControl> Pick(IReadOnlyList<AppWorld> apps, IReadOnlyList<ReleasePlan> plans, IReadOnlyList<Incident> incidents,
        IReadOnlyDictionary<VectorKey, VectorMeasure> measures, MeridianCalendar calendar)
    {
        var candidates = new List<(VectorKey Key, string Kind)>();
        foreach (var app in apps)
        {
            candidates.AddRange(Candidates(app, plans.Where(p => p.App == app.Index).ToList(), measures, calendar));
        }
        var near = incidents.SelectMany(i => Enumerable.Range(-2, 5).Select(d => new VectorKey(i.App, i.Version, i.Day + d))).ToHashSet();
        var chosen = new Dictionary<VectorKey, string>();
        foreach (var (key, kind) in candidates.OrderBy(c => Rank(c.Kind)))
        {
            if (!near.Contains(key) && key.Day >= 0 && key.Day < calendar.Days && measures.ContainsKey(key))
            {
                chosen.TryAdd(key, kind);
            }
        }
        return [.. chosen.OrderBy(c => c.Key.App).ThenBy(c => c.Key.Version).ThenBy(c => c.Key.Day)
            .Select(c => new NegativeControl(apps[c.Key.App].Id, apps[c.Key.App].Versions[c.Key.Version].Name, calendar.Date(c.Key.Day), c.Value))];
    }

    private static int Rank(string kind) => MeridianControls.All.Select((k, i) => (k, i)).First(p => p.k == kind).i;

    private static IEnumerable<(VectorKey, string)> Candidates(AppWorld app, List<ReleasePlan> plans,
        IReadOnlyDictionary<VectorKey, VectorMeasure> measures, MeridianCalendar calendar)
    {
        VectorMeasure Of(VectorKey key) => measures.GetValueOrDefault(key) ?? VectorMeasure.Of(new VectorTally());
        var style = app.Profile.Style;
        foreach (var plan in plans)
        {
            var key = new VectorKey(app.Index, plan.Version, plan.Day);
            switch (plan.Kind)
            {
                case PlanKind.Release when style == ReleaseStyle.FixOfFix && plan.Variant == 1 && Of(key).Publishes >= 2:
                    yield return (key, MeridianControls.FixOfFixDay);
                    break;
                case PlanKind.Release when style == ReleaseStyle.ManyHands && Of(key).Operators >= 4:
                    yield return (key, MeridianControls.ManyOperatorRelease);
                    break;
                case PlanKind.Widen when Of(key).Active > 0:
                    yield return (key, MeridianControls.StagedWidening);
                    break;
                case PlanKind.Release when app.Profile.Install == InstallPolicy.SilentNextLaunch && Of(key.Shift(1)).ApplyingDevices >= VectorMeasure.MinimumBase:
                    yield return (key.Shift(1), MeridianControls.BackgroundSdkRelease);
                    break;
                case PlanKind.Release when app.Profile.Hours == HourProfile.Night && Of(key.Shift(1)).ApplyingDevices >= VectorMeasure.MinimumBase:
                    yield return (key.Shift(1), MeridianControls.NightAudienceRelease);
                    break;
                case PlanKind.Release or PlanKind.Backport when Of(key).Publishes >= 1 && Of(key).ApplyingDevices >= VectorMeasure.MinimumBase:
                    yield return (key, AnomalyKinds.ReleaseDay);
                    break;
            }
        }
        foreach (var v in app.Versions)
        {
            if (app.CampaignDay is { } sale && Of(new VectorKey(app.Index, v.Index, sale)).Active >= VectorMeasure.MinimumBase)
            {
                yield return (new VectorKey(app.Index, v.Index, sale), MeridianControls.CampaignDay);
            }
            for (var d = 0; d < 3 && v.NewInCase; d++)
            {
                yield return (new VectorKey(app.Index, v.Index, v.ReleaseDay + d), AnomalyKinds.NewVersionFirstDays);
            }
            for (var d = calendar.HolidayFirst; d <= calendar.HolidayLast && app.Profile.Weekly.HolidayDip <= 0.6; d++)
            {
                var key = new VectorKey(app.Index, v.Index, d);
                if (ActivityCurve.Holiday(app.Profile, calendar, d) <= 0.6 && Of(key.Shift(-7)).Active >= VectorMeasure.MinimumBase)
                {
                    yield return (key, AnomalyKinds.Holiday);
                }
            }
        }
        if (app.Profile.Weekly.PeakRatio < 1.25)
        {
            yield break;
        }
        for (var d = 0; d < calendar.Days; d++)
        {
            if (calendar.Weekday(d) != app.Profile.Weekly.PeakWeekday || calendar.IsHoliday(d) || (app.CampaignDay is { } c && Math.Abs(d - c) <= 1))
            {
                continue;
            }
            var biggest = app.Versions.Select(v => new VectorKey(app.Index, v.Index, d)).MaxBy(k => Of(k).Active);
            if (Of(biggest).Active >= VectorMeasure.MinimumBase)
            {
                yield return (biggest, AnomalyKinds.WeeklyPeak);
            }
        }
    }
}
