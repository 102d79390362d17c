namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// Labels each incident honestly: its strength is its kind's measure on its vector as written. It is an anomaly only
/// if the measure has its base and is above the app's own routine — the largest value of that measure on any other
/// vector of the app (every version, every day, release days, sales and holidays included; incident days and the days
/// next to them left out; shares only where they have a base). Otherwise it goes to the unlabelled injections.
/// </summary>
internal static class TruthLabeller
{
    public static (List<InjectedAnomaly> Anomalies, List<InjectedAnomaly> Unlabelled) Label(IReadOnlyList<Incident> incidents,
        IReadOnlyDictionary<VectorKey, VectorMeasure> measures, IReadOnlyList<AppWorld> apps, MeridianCalendar calendar)
    {
        var touched = incidents.SelectMany(i => new[] { -1, 0, 1 }.Select(d => new VectorKey(i.App, i.Version, i.Day + d))).ToHashSet();
        var anomalies = new List<InjectedAnomaly>();
        var unlabelled = new List<InjectedAnomaly>();
        foreach (var incident in incidents)
        {
            var key = new VectorKey(incident.App, incident.Version, incident.Day);
            var measure = measures.GetValueOrDefault(key);
            var strength = measure?.Value(incident.Kind) ?? 0;
            var app = apps[incident.App];
            var injected = new InjectedAnomaly(app.Id, app.Versions[incident.Version].Name, calendar.Date(incident.Day), incident.Kind,
                Math.Round(strength, 4));
            var routine = Routine(measures, touched, incident.App, incident.Kind);
            (measure is not null && measure.HasBase(incident.Kind) && strength > routine ? anomalies : unlabelled).Add(injected);
        }
        return (anomalies, unlabelled);
    }

    /// <summary>The largest value of the kind's measure on the app's ordinary vectors (0 when none has a base).</summary>
    public static double Routine(IReadOnlyDictionary<VectorKey, VectorMeasure> measures, HashSet<VectorKey> touched, int app, string kind) =>
        measures.Where(p => p.Key.App == app && !touched.Contains(p.Key) && p.Value.HasBase(kind))
            .Select(p => p.Value.Value(kind)).DefaultIfEmpty(0).Max();
}
