using HotAudit.Anomalies.Features;

namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// Where each (app, app version) series lies in the ordered vectors, and which days each source covers: the operation
/// log from its first to its last day in the vectors, telemetry likewise. A day outside a source's coverage is unknown,
/// not a 0 (the export did not reach it).
/// </summary>
internal sealed class SeriesIndex
{
    private readonly Series[] _seriesOf;
    private readonly Dictionary<string, List<Series>> _apps = new(StringComparer.Ordinal);
    private readonly (int From, int To) _operations;
    private readonly (int From, int To) _telemetry;
    private readonly Dictionary<string, List<int>> _appOperations = new(StringComparer.Ordinal);
    private readonly bool[] _release;
    private readonly bool[] _rollout;

    public SeriesIndex(IReadOnlyList<DailyVector> vectors)
    {
        Vectors = vectors;
        _seriesOf = new Series[vectors.Count];
        var start = 0;
        for (var i = 1; i <= vectors.Count; i++)
        {
            if (i == vectors.Count || vectors[i].AppId != vectors[start].AppId || vectors[i].AppVersion != vectors[start].AppVersion)
            {
                var series = new Series(start, i, vectors[start].Day.DayNumber, vectors[i - 1].Day.DayNumber);
                Array.Fill(_seriesOf, series, start, i - start);
                if (!_apps.TryGetValue(vectors[start].AppId, out var list))
                {
                    _apps[vectors[start].AppId] = list = [];
                }
                list.Add(series);
                start = i;
            }
        }
        _release = vectors.Select(FeatureCatalog.IsReleaseDay).ToArray();
        _rollout = vectors.Select((v, i) => _release[i]
            || (i > _seriesOf[i].Start && _release[i - 1] && vectors[i - 1].Day.DayNumber == v.Day.DayNumber - 1)).ToArray();
        _operations = Span(vectors, FeatureCatalog.OperationsSeen);
        foreach (var app in vectors.Where(FeatureCatalog.OperationsSeen).GroupBy(v => v.AppId))
        {
            _appOperations[app.Key] = app.Select(v => v.Day.DayNumber).Distinct().Order().ToList();
        }
        _telemetry = Span(vectors, FeatureCatalog.TelemetrySeen);
    }

    public IReadOnlyList<DailyVector> Vectors { get; }

    /// <summary>The days the operation log covers: its first and last day in the vectors.</summary>
    public (int From, int To) OperationDays => _operations;

    /// <summary>Whether vector <paramref name="i"/>'s day is of the given kind: a release day, or a rollout day (a release that day or the day before).</summary>
    public bool Is(DayKind kind, int i) => kind switch
    {
        DayKind.ReleaseDay => _release[i] || Vectors[i].Registered,
        DayKind.Rollout or DayKind.RolloutPhase => _rollout[i],
        _ => true,
    };

    /// <summary>Whether vectors <paramref name="i"/> and <paramref name="j"/> are days of the same kind (for <see cref="DayKind.RolloutPhase"/>, the same phase).</summary>
    public bool Alike(DayKind kind, int i, int j) => kind switch
    {
        DayKind.Any => true,
        DayKind.RolloutPhase => Phase(i) == Phase(j),
        _ => Is(kind, i) == Is(kind, j),
    };

    /// <summary>0 on a release day, 1 on the day after one, 2 otherwise.</summary>
    private int Phase(int i) => _release[i] ? 0 : _rollout[i] ? 1 : 2;

    public Series SeriesOf(int i) => _seriesOf[i];

    /// <summary>Every series of vector <paramref name="i"/>'s app, its own included.</summary>
    public IReadOnlyList<Series> SeriesOfApp(int i) => _apps[Vectors[i].AppId];

    /// <summary>
    /// Whether the source of <paramref name="feature"/> covers day <paramref name="day"/> of vector <paramref name="i"/>'s app, so no vector
    /// there means 0; a feature with lead days is known only once the app had operations on that many earlier days.
    /// </summary>
    public bool Covers(FeatureDefinition feature, int day, int i)
    {
        var (from, to) = feature.FromOperations ? _operations : _telemetry;
        if (feature.LeadDays > 0 && !(_appOperations.TryGetValue(Vectors[i].AppId, out var active) && OperationTally.Known(active, day)))
        {
            return false;
        }
        return day >= from && day <= to;
    }

    private static (int, int) Span(IReadOnlyList<DailyVector> vectors, Func<DailyVector, bool> seen)
    {
        var (from, to) = (int.MaxValue, int.MinValue);
        foreach (var v in vectors.Where(seen))
        {
            (from, to) = (Math.Min(from, v.Day.DayNumber), Math.Max(to, v.Day.DayNumber));
        }
        return (from, to);
    }

    /// <summary>One series: its vectors are [Start, End) and its days FirstDay..LastDay (with gaps).</summary>
    internal sealed record Series(int Start, int End, int FirstDay, int LastDay);
}
