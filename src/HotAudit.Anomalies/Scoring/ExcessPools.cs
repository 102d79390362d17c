namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// What an active day of a release action (the <see cref="Features.FeatureDefinition.Hurdle"/> counts: publishes and
/// rollbacks) looks like beyond its first action: the excess (count − 1) of every earlier active day, pooled per app (all
/// its versions) and over the case; <see cref="SeriesTests"/> keeps one per action (publishes and rollbacks apart).
/// How many times a day a team publishes or rolls back a version is the team's
/// practice, not a version's, and a quiet version has too few active days of its own to say; rollbacks alone are too
/// rare in ordinary traffic to say either. Days are added once their day is over, so a day never stands in its own
/// history. As in the series' own history, days judged unusual are left out unless they are as many as the others (a
/// change that lasts becomes the usual); unusual here means an unusual excess (<see cref="SeriesTests"/>), not an
/// unusual day: a fix of the fix on a quiet version is a rare day for that version (it seldom releases at all), yet
/// its second publish is the team's practice — were such days left out, a team whose release days have a second
/// publish one time in eight would have its pool say "never", and each next one would look rarer still.
/// </summary>
internal sealed class ExcessPools
{

    private readonly Dictionary<string, Pool> _apps = new(StringComparer.Ordinal);
    private readonly List<(string App, double Excess, bool Unusual)> _pending = [];
    private Pool _case;
    private int _day = int.MinValue;

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
            _case = _case.Add(excess, unusual);
        }
        _pending.Clear();
        _day = day;
    }

    /// <summary>Adds an active day (count ≥ 1) of the current day.</summary>
    public void Add(string app, double count, bool unusual) => _pending.Add((app, count - 1, unusual));

    /// <summary>
    /// The excesses an app's active day is judged against: the app's own when it acts more often per active day than
    /// the case (its busier practice is its usual, however few days show it so far: a new app whose release days have
    /// three publishes is not judged by the case's single-publish teams), else the case's when it has at least
    /// <paramref name="need"/> active days, else null (too few to say).
    /// </summary>
    public CountSums? Of(string app, int need)
    {
        var all = _case.Kept;
        if (_apps.TryGetValue(app, out var pool) && pool.Kept is { Days: > 0 } own && own.Sum / own.Days > (all.Days == 0 ? 0 : all.Sum / all.Days))
        {
            return own;
        }
        return all.Days >= need ? all : null;
    }

    private readonly record struct Pool(CountSums Usual, CountSums Unusual)
    {
        public CountSums Kept => Unusual.Days >= Usual.Days ? Usual + Unusual : Usual;

        public Pool Add(double excess, bool unusual) => unusual ? this with { Unusual = Unusual.Add(excess) } : this with { Usual = Usual.Add(excess) };
    }
}
