namespace HotAudit.Bench.Scenarios.Harbor;

/// <summary>
/// The truth from what the rows hold: an injection is labelled only when its measure on the written rows is above the
/// customer's own routine (counts: above the app's largest normal day; shares and rates: at least half way from the
/// version's 95th percentile to the aim, with a base of 20); the negative controls are routine unusual days.
/// </summary>
internal static class HarborLabels
{
    private static readonly HashSet<string> Counts = [AnomalyKinds.PublishBurst, AnomalyKinds.RollbackBurst, AnomalyKinds.OperatorBurst];

    public static (List<InjectedAnomaly> Labelled, List<HarborPlan> Dropped) Anomalies(
        HarborWorld w, IReadOnlyList<HarborPlan> plans, Dictionary<(int Version, DateOnly Day), HarborVector> vectors)
    {
        var injected = plans.Select(p => (p.Version, w.Calendar.Date(p.Day))).ToHashSet();
        var labelled = new List<InjectedAnomaly>();
        var dropped = new List<HarborPlan>();
        foreach (var plan in plans)
        {
            var v = w.Versions[plan.Version];
            var app = w.Apps[v.App];
            var day = w.Calendar.Date(plan.Day);
            var measured = vectors.GetValueOrDefault((plan.Version, day))?.Value(plan.Kind);
            double Routine(Func<int, bool> scope)
            {
                var values = vectors.Where(p => scope(p.Key.Version) && !injected.Contains(p.Key)).Select(p => p.Value.Value(plan.Kind)).OfType<double>().Order().ToList();
                return values.Count == 0 ? 0 : Counts.Contains(plan.Kind) ? values[^1] : values[(int)Math.Floor(0.95 * (values.Count - 1))];
            }
            var routine = Counts.Contains(plan.Kind)
                ? Routine(x => w.Versions[x].App == app.Index)
                : vectors.Count(p => p.Key.Version == plan.Version && p.Value.Value(plan.Kind) is not null) >= 10
                    ? Routine(x => x == plan.Version) : Routine(x => w.Versions[x].App == app.Index);
            var ok = measured is { } m && m > routine && (Counts.Contains(plan.Kind) || m >= (routine + plan.Aim) / 2);
            if (ok)
            {
                labelled.Add(new InjectedAnomaly(app.Id, v.Name, day, plan.Kind, measured!.Value));
            }
            else
            {
                dropped.Add(plan with { Incident = FormattableString.Invariant($"measured {measured:0.###} routine {routine:0.###}: {plan.Incident}") });
            }
        }
        return ([.. labelled.OrderBy(a => a.Day).ThenBy(a => a.AppId, StringComparer.Ordinal).ThenBy(a => a.AppVersion, StringComparer.Ordinal)], dropped);
    }

    public static List<NegativeControl> Controls(HarborWorld w, HarborReleases releases, IReadOnlyList<HarborPlan> plans, Dictionary<(int Version, DateOnly Day), HarborVector> vectors,
        HashSet<(int Version, DateOnly Day)> injected)
    {
        var cal = w.Calendar;
        var rng = w.Rng;
        var candidates = new List<(int Version, int Day, string Kind)>(releases.Controls.Where(c => c.Kind != "routine_multi_publish"));
        List<(int, int, string)> Sample(IEnumerable<(int, int, string)> from, int n) => [.. from.OrderBy(_ => rng.Next()).Take(n)];

        candidates.AddRange(Sample(releases.Controls.Where(c => c.Kind == "routine_multi_publish"), 6));

        // routine release days of the bigger apps (full chain, many devices applying)
        var publishes = w.Ops.Where(o => o.Action == "publish" && o.Version >= 0).Select(o => (o.Version, Day: cal.DayOf(o.T))).Distinct()
            .Where(k => k.Day >= 0 && k.Day < cal.Days && w.Versions[k.Version].Expected[k.Day] >= 60 && w.Apps[w.Versions[k.Version].App].Practice is Practice.Standard or Practice.TwoStepRollback)
            .Select(k => (k.Version, k.Day, AnomalyKinds.ReleaseDay));
        candidates.AddRange(Sample(publishes, 6));
        var mains = w.Versions.Where(v => v.Main == 1 && v.Launch < 0).ToList();
        candidates.AddRange(Sample(mains.Where(v => w.Apps[v.App].Holiday <= 0.5).SelectMany(v => cal.Holidays.Select(d => (v.Index, d, AnomalyKinds.Holiday))), 8));
        candidates.AddRange(Sample(mains.Where(v => w.Apps[v.App].Weekly.Max() >= 1.25).SelectMany(v =>
            Enumerable.Range(0, cal.Days).Where(d => w.Apps[v.App].Weekly[cal.Weekday(d)] == w.Apps[v.App].Weekly.Max() && !cal.Holidays.Contains(d)).Select(d => (v.Index, d, AnomalyKinds.WeeklyPeak))), 6));
        candidates.AddRange(w.Versions.Where(v => w.Apps[v.App].Monthly == 1).SelectMany(v =>
            Enumerable.Range(0, cal.Days).Where(d => cal.Date(d).Day is 1 or 15 && v.Expected[d] > 0).Select(d => (v.Index, d, "payday_peak"))));
        candidates.AddRange(Sample(mains.Where(v => w.Apps[v.App].Monthly == 2).SelectMany(v =>
            Enumerable.Range(0, cal.Days).Where(d => cal.Date(d).Day >= DateTime.DaysInMonth(cal.Date(d).Year, cal.Date(d).Month) - 1).Select(d => (v.Index, d, "month_end_peak"))), 4));
        candidates.AddRange(w.Versions.Where(v => v.Expected[cal.Outage] >= 60).Select(v => (v.Index, cal.Outage, "outage_day")));

        // devices keep rolling back as they check in over the days after a server-side rollback: the following days are
        // part of it while the written rows still have at least 3 % of the version's devices failing or rolling back
        // (a normal day has about 0.5 %), for at most a week
        IEnumerable<(int, int, string)> Tail(int version, int day, string kind)
        {
            for (var d = day + 1; d <= day + 7 && vectors.GetValueOrDefault((version, cal.Date(d)))?.Value(AnomalyKinds.FailureSpike) is >= 0.03; d++)
            {
                yield return (version, d, kind);
            }
        }
        candidates.AddRange(releases.Controls.Where(c => c.Kind is "single_rollback" or "two_step_rollback").SelectMany(c => Tail(c.Version, c.Day, "rollback_tail")));
        candidates.AddRange(plans.Where(p => p.Kind == AnomalyKinds.RollbackBurst).SelectMany(p => Tail(p.Version, p.Day, "incident_tail")));

        var seen = new HashSet<(int, DateOnly)>();
        var controls = new List<NegativeControl>();
        foreach (var (version, day, kind) in candidates)
        {
            var key = (version, cal.Date(day));
            if (day < 0 || day >= cal.Days || injected.Contains(key) || !vectors.ContainsKey(key) || !seen.Add(key))
            {
                continue;
            }
            var v = w.Versions[version];
            controls.Add(new NegativeControl(w.Apps[v.App].Id, v.Name, cal.Date(day), kind));
        }
        return [.. controls.OrderBy(c => c.Day).ThenBy(c => c.AppId, StringComparer.Ordinal).ThenBy(c => c.AppVersion, StringComparer.Ordinal)];
    }
}
