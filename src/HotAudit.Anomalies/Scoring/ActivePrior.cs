namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// The prior of a release action's active-day rate (the first part of the <see cref="CountModel.Hurdle"/>: does the
/// version publish, or roll back, at all that day), from the case's versions so far — empirical Bayes
/// (<see cref="GammaPrior"/>: each version's active days over the days the operation log covered since its first). A
/// version's own window then moves its rate from there: a quiet version of a case whose versions all roll back about as
/// rarely is judged by how rarely that is, not by a fixed guess that any version may act every other day; a case whose
/// versions differ widely (a busy app beside quiet ones) gives a weak prior, and each version's own days decide.
/// </summary>
/// <remarks>
/// The prior is worth at most <see cref="MaxDays"/> days (a window of the version's own days weighs as much) and at
/// least <see cref="CountModel.PriorDays"/>; before two versions have been seen it is the fixed prior of
/// <see cref="CountModel"/>. Days join once they are over (<see cref="MoveTo"/>), so a day never stands in its own
/// prior and the false-alarm bound holds.
/// </remarks>
internal sealed class ActivePrior(int maxDays)
{
    private readonly Dictionary<int, (int Active, int FirstDay)> _series = [];
    private readonly List<(int Series, int FirstDay)> _pending = [];
    private int _day = int.MinValue;
    private (double Events, double Days)? _prior;

    /// <summary>The most days the prior is worth.</summary>
    public int MaxDays { get; } = maxDays;

    /// <summary>Moves to <paramref name="day"/>: the active days before it join the tallies. Days come in order.</summary>
    public void MoveTo(int day)
    {
        if (day == _day)
        {
            return;
        }
        foreach (var (series, first) in _pending)
        {
            _series[series] = _series.TryGetValue(series, out var s) ? s with { Active = s.Active + 1 } : (1, first);
        }
        _pending.Clear();
        _day = day;
        _prior = null;
    }

    /// <summary>Records that series <paramref name="series"/> (its first vector's index) acted on the current day.</summary>
    public void Add(int series, int firstDay) => _pending.Add((series, firstDay));

    /// <summary>Registers a series seen (acting or not) with its first day, so its quiet days count as exposure.</summary>
    public void See(int series, int firstDay)
    {
        if (_series.TryAdd(series, (0, firstDay)))
        {
            _prior = null;
        }
    }

    /// <summary>
    /// The Gamma prior (events, days) of a version's active-day rate on the current day, given the days the operation log
    /// covers (<paramref name="from"/>..<paramref name="to"/>): each series is exposed from its first day (or the log's)
    /// to the day before.
    /// </summary>
    public (double Events, double Days) Prior(int from, int to) => _prior ??= Estimate(from, to);

    private (double Events, double Days) Estimate(int from, int to)
    {
        var last = Math.Min(_day - 1, to);
        var units = new List<(double Events, double Exposure)>(_series.Count);
        foreach (var (active, first) in _series.Values)
        {
            units.Add((active, last - Math.Max(first, from) + 1));
        }
        return GammaPrior.Estimate(units, MaxDays);
    }
}
