namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// What an active day of a release action (the <see cref="Features.FeatureDefinition.Hurdle"/> counts: publishes and
/// rollbacks) looks like beyond its first action: the excess (count − 1) of every earlier active day, pooled per app (all
/// its versions); <see cref="SeriesTests"/> keeps one per action (publishes and rollbacks apart). How many times a day a
/// team publishes or rolls back a version is the team's practice, not a version's, and a quiet version has too few
/// active days of its own to say; rollbacks alone are too rare in ordinary traffic to say either. So an app's excess
/// rate is its own pool shrunk toward the case's apps by an empirical-Bayes prior (<see cref="GammaPrior"/> over the
/// apps' pools): an app with few active days is judged mostly by the case's teams, one with many by its own practice
/// (a new app whose release days have three publishes is news on its first release day, not on its fifth), and a case
/// whose apps differ widely gives a weak prior. Days are added once their day is over, so a day never stands in its own
/// history. As in the series' own history, days judged unusual are left out unless they are as many as the others (a
/// change that lasts becomes the usual); unusual here means an unusual excess (<see cref="SeriesTests"/>), not an
/// unusual day: a fix of the fix on a quiet version is a rare day for that version (it seldom releases at all), yet
/// its second publish is the team's practice — were such days left out, a team whose release days have a second
/// publish one time in eight would have its pool say "never", and each next one would look rarer still.
/// </summary>
internal sealed class ExcessPools
{
    /// <summary>The most active days the case's prior is worth against an app's own.</summary>
    public const double MaxPriorDays = 10_000;

    private readonly Dictionary<string, Pool> _apps = new(StringComparer.Ordinal);
    private readonly List<(string App, double Excess, bool Unusual)> _pending = [];
    private int _day = int.MinValue;
    private (double Events, double Days)? _prior;

    /// <summary>Moves to <paramref name="day"/>: the days before it join the pools. Days come in order.</summary>
    public void MoveTo(int day)
    {
        if (day == _day)
        {
            return;
        }
        foreach (var (app, excess, unusual) in _pending)
        {
            _apps[app] = (_apps.TryGetValue(app, out var pool) ? pool : default).Add(excess, unusual);
        }
        if (_pending.Count > 0)
        {
            _prior = null;
        }
        _pending.Clear();
        _day = day;
    }

    /// <summary>Adds an active day (count ≥ 1) of the current day.</summary>
    public void Add(string app, double count, bool unusual) => _pending.Add((app, count - 1, unusual));

    /// <summary>
    /// The predictive excess of an app's next active day: its own kept pool, from the prior the case's apps give
    /// (the fixed prior of <see cref="CountModel"/> before two apps have active days).
    /// </summary>
    public CountModel.Predictive Of(string app)
    {
        _prior ??= GammaPrior.Estimate(_apps.Values.Select(p => (p.Kept.Sum, (double)p.Kept.Days)).ToList(), MaxPriorDays);
        return CountModel.Fit(_apps.TryGetValue(app, out var pool) ? pool.Kept : default, _prior.Value);
    }

    private readonly record struct Pool(CountSums Usual, CountSums Unusual)
    {
        public CountSums Kept => Unusual.Days >= Usual.Days ? Usual + Unusual : Usual;

        public Pool Add(double excess, bool unusual) => unusual ? this with { Unusual = Unusual.Add(excess) } : this with { Usual = Usual.Add(excess) };
    }
}
