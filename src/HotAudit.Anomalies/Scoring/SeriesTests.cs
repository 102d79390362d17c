using HotAudit.Anomalies.Features;

namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// Tests every scored feature of every vector against its own series' trailing window (same app and app version, the
/// <c>window</c> days before it) with the model of its kind: counts, shares or rates (<see cref="CountModel"/>,
/// <see cref="ShareModel"/>, <see cref="RateModel"/>); a share or rate of fewer than <c>minBase</c> devices is not scored. A young series (fewer than <c>minHistory</c> earlier values) is
/// judged with its peers too: the other versions of the same app over the same window; a case too short for either
/// with the series' other days. Without enough of any, or without a value (a share under the minimum base), the feature
/// is not scored (null). A value that was itself unusual (<see cref="Unusual"/>) is left out of later days' history, so one
/// burst does not make the next one usual, unless such values are half the window or more: a change that lasts becomes the usual.
/// </summary>
/// <remarks>
/// A day without a vector is a day on which nothing was seen for that app version. For a count that is a count of 0, not
/// a missing value: a quiet version's history is mostly such days, and leaving them out would make its few busy days the
/// usual. So a count's history holds every day of the window from the series' first day on, 0 where there is no vector,
/// as long as the count's source (the operation log, or telemetry) covers that day (<see cref="SeriesIndex"/>).
/// Shares and rates have no value on such a day and are not filled. Most features take only days of the same kind into
/// their history (<see cref="DayKind"/>): a release or rollout day against earlier ones, any other day against other days
/// — four people on a release is how releases are done, on a quiet day it is not.
/// </remarks>
internal sealed class SeriesTests(int window, int minHistory, int minBase, double falseAlarmRate)
{
    public (FeatureTest?[][] Tests, double[] Cuts) Score(IReadOnlyList<DailyVector> vectors)
    {
        var features = FeatureCatalog.All;
        var index = new SeriesIndex(vectors);
        var tests = vectors.Select(_ => new FeatureTest?[features.Count]).ToArray();
        var cuts = new double[vectors.Count];
        // A weighted count may pass at its weight times the base threshold, which is at most the rate: its ladder reaches that far.
        var ladders = new CountLadders(falseAlarmRate * features.Max(f => f.Weight));
        // Each release action its own: how many publishes a release day has says nothing of how many rollbacks a rollback day has.
        var pools = features.Select(f => f.Hurdle ? new ExcessPools() : null).ToArray();
        var priors = features.Select(f => f.Hurdle ? new ActivePrior(minHistory) : null).ToArray();
        var excessTails = new Dictionary<(int Vector, int Feature), double>();
        var process = features.Select(f => f.Kind == FeatureKind.ProcessShare ? ProcessPools.For(f) : null).ToArray();
        var given = features.Select(f => f.Given is { } count ? FeatureCatalog.IndexOf(count) : -1).ToArray();
        // Day by day across the series, so a day's peers (other versions, earlier days) are judged before it is.
        foreach (var i in Enumerable.Range(0, vectors.Count).OrderBy(i => vectors[i].Day.DayNumber).ThenBy(i => i))
        {
            var series = index.SeriesOf(i);
            for (var f = 0; f < features.Count; f++)
            {
                if (process[f] is { } record)
                {
                    tests[i][f] = Process(record, vectors[i], f, ladders, given[f] >= 0 ? tests[i][given[f]] : null);
                    continue;
                }
                if (features[f].Hurdle)
                {
                    pools[f]!.MoveTo(vectors[i].Day.DayNumber);
                    priors[f]!.MoveTo(vectors[i].Day.DayNumber);
                    priors[f]!.See(series.Start, series.FirstDay);
                }
                if (features[f].Scored && vectors[i].Values[f] is { } value && Enough(features[f], vectors[i].Bases[f]))
                {
                    tests[i][f] = Test(features[f], value, vectors[i].Bases[f], (index, tests), i, f, ladders, (pools[f], priors[f], excessTails));
                }
                if (features[f].Hurdle && vectors[i].Values[f] is >= 1 and var active)
                {
                    // Unusual for the pool is an unusual excess (P(excess ≥ count − 1) at most the rate), see ExcessPools.
                    var unusual = excessTails.Remove((i, f), out var tail) ? tail <= falseAlarmRate : Unusual(tests[i][f]);
                    pools[f]!.Add(vectors[i].AppId, active, unusual);
                    priors[f]!.Add(series.Start, series.FirstDay);
                }
            }
            cuts[i] = VectorCut.Surprise(falseAlarmRate, tests[i]);
        }
        return (tests, cuts);
    }

    private FeatureTest? Test(FeatureDefinition feature, double value, int n, (SeriesIndex Index, FeatureTest?[][] Tests) so, int i, int f, CountLadders ladders, (ExcessPools? Pools, ActivePrior? Prior, Dictionary<(int, int), double> ExcessTails) release)
    {
        // A rollout feature by the day's phase first, then by rollout or not, then against every day (DayKind).
        var kind = feature.Judged == DayKind.Rollout ? DayKind.RolloutPhase : feature.Judged;
        var (sample, basis) = History(so, i, f, kind);
        foreach (var wider in feature.Judged == DayKind.Rollout ? [DayKind.Rollout, DayKind.Any] : Array.Empty<DayKind>())
        {
            if (sample.Count >= Need(kind))
            {
                break;
            }
            kind = wider;
            (sample, basis) = History(so, i, f, kind);
        }
        if (sample.Count < Need(kind))
        {
            return null;
        }
        var sorted = sample.Select(h => h.Value).Order().ToArray();
        var usual = new Usual(RobustStats.Quantile(sorted, 0.1), RobustStats.Quantile(sorted, 0.9));
        if (feature.Kind == FeatureKind.Count)
        {
            ICountPredictive predictive = feature.Hurdle ? new Frequent(Hurdle(sample, value, so.Index, i, f, release)) : CountModel.Fit(sample);
            return new FeatureTest(predictive.Tail(value), usual, basis, window, ladders.Of(predictive), feature.Weight, predictive);
        }
        if (feature.Kind == FeatureKind.Share)
        {
            // How many of the day's n devices: discrete, so the vector's cut spends only the tails it can take.
            var share = ShareModel.Fit(n, sample);
            return new FeatureTest(share.Tail(value), usual, basis, window, ladders.Of(share), feature.Weight);
        }
        var tail = feature.Kind switch
        {
            FeatureKind.Change => ChangeModel.Test(value, n, sample),
            _ => RateModel.Test(value, n, sample),
        };
        return new FeatureTest(tail, usual, basis, window, Weight: feature.Weight);
    }

    /// <summary>
    /// A process share (<see cref="ProcessPools"/>): the day's k of n actions against the app's record so far, which the
    /// day then joins. Judged together with the day's count of those actions (<see cref="FeatureDefinition.Given"/>):
    /// how many there were and how many of them skipped the step (<see cref="Joint"/>).
    /// </summary>
    private FeatureTest? Process(ProcessPools record, DailyVector vector, int f, CountLadders ladders, FeatureTest? given)
    {
        var feature = FeatureCatalog.All[f];
        record.MoveTo(vector.Day.DayNumber);
        if (vector.Values[f] is not { } k || vector.Bases[f] <= 0)
        {
            return null;
        }
        var predictive = record.Of(vector.AppId, vector.Bases[f]);
        var tail = predictive.Tail(k);
        var joint = given is { Count: not null } ? Joint(given.Tail.P, tail.P) : tail.P;
        record.Add(vector.AppId, k, vector.Bases[f], joint <= falseAlarmRate);
        if (!feature.Scored)
        {
            return null;
        }
        var usual = Math.Round(predictive.Mean);
        if (given is { Count: { } count })
        {
            return new FeatureTest(new Tail(joint, tail.Level), new Usual(usual, usual), HistoryBasis.RecordAndCount, window,
                [count.UpperTail(2)], feature.Weight);
        }
        return new FeatureTest(tail, new Usual(usual, usual), HistoryBasis.Record, window, ladders.Of(predictive), feature.Weight);
    }

    /// <summary>
    /// Fisher's combination of a count's p-value and the p-value of a share of that count given the count: P(U₁U₂ ≤ x) =
    /// x(1 − ln x) for x = p₁p₂. Under an ordinary day the count's p is (at least) uniform and the share's is, given the
    /// count, whatever the count; so the product's tail bounds the pair's, and the two small surprises of a day with two
    /// publishes, both without an approval, add up to what each alone is not. The pair can pass only on a day with two or
    /// more actions (one is never news on the share's side, and a share that says nothing leaves the count to its own
    /// test): that chance is all the test spends of the vector's budget.
    /// </summary>
    internal static double Joint(double countP, double shareP)
    {
        // A share that says nothing (one such action, or none) leaves the count to its own test.
        if (shareP >= 1)
        {
            return 1;
        }
        var x = countP * shareP;
        return x >= 1 ? 1 : x <= 0 ? 0 : Math.Min(1, x * (1 - Math.Log(x)));
    }

    /// <summary>
    /// A release action's count: whether the day is active from the series' own window with the case's prior, how many
    /// beyond the first from the action's pool (its tail at today's excess is kept for the pool's "unusual").
    /// </summary>
    private static CountModel.Hurdle Hurdle(List<HistoryPoint> sample, double value, SeriesIndex index, int i, int f,
        (ExcessPools? Pools, ActivePrior? Prior, Dictionary<(int, int), double> ExcessTails) release)
    {
        var (from, to) = index.OperationDays;
        var active = CountModel.Fit(CountSums.Of(sample.Select(h => Math.Min(h.Value, 1))), release.Prior!.Prior(from, to)).UpperTail(1);
        var more = release.Pools!.Of(index.Vectors[i].AppId);
        release.ExcessTails[(i, f)] = more.UpperTail((int)Math.Round(value) - 1);
        return new CountModel.Hurdle(active, more);
    }

    /// <summary>
    /// Earlier days a feature judged by the kind of day needs (<see cref="DayKind"/>): release days are few, and each of
    /// them says what a release looks like.
    /// </summary>
    public const int MinKindDays = 3;

    private int Need(DayKind kind) => kind == DayKind.Any ? minHistory : Math.Min(minHistory, MinKindDays);

    /// <summary>The history of vector i's feature f: its own window, with its peers when short, the whole case when shorter.</summary>
    private (List<HistoryPoint>, HistoryBasis) History((SeriesIndex Index, FeatureTest?[][] Tests) so, int i, int f, DayKind kind)
    {
        // Peers and then the whole case are added until the usual minimum is reached, even for a kind of day that needs fewer.
        var (sample, basis) = (Trailing(so, i, f, kind), HistoryBasis.Trailing);
        if (sample.Count < minHistory)
        {
            var more = (Sample: (List<HistoryPoint>)[.. sample, .. Peers(so, i, f, kind, window)], Basis: HistoryBasis.Peers);
            (sample, basis) = more.Sample.Count > sample.Count ? more : (sample, basis);
        }
        if (sample.Count < minHistory)
        {
            var all = Peers(so, i, f, kind, int.MaxValue / 2, wholeCase: true);
            (sample, basis) = all.Count > sample.Count ? (all, HistoryBasis.Case) : (sample, basis);
        }
        return (sample, basis);
    }

    /// <summary>
    /// Whether an earlier day's value was itself unusual: p at most the false-alarm rate on its own test (−log10 p ≥ 3 at
    /// the default), a stricter test than any vector's cut. Such a day is left out of later days' history (see the class
    /// summary), so a burst just under the cut does not make the next one usual either; on ordinary days only that share
    /// of values (one in a thousand) is left out, which barely narrows the usual.
    /// </summary>
    private bool Unusual(FeatureTest? test) => test?.Tail.P <= falseAlarmRate;

    /// <summary>Whether vector j may stand in vector i's history: any day, or one of the same kind.</summary>
    private static bool Alike(SeriesIndex index, DayKind kind, int i, int j) => index.Alike(kind, i, j);

    /// <summary>Whether a day without a vector (a 0) may stand in vector i's history: it is no release, so only an ordinary day's.</summary>
    private static bool AlikeEmpty(SeriesIndex index, DayKind kind, int i) => kind == DayKind.Any || !index.Is(kind, i);

    /// <summary>Whether a share or rate has the devices it needs (a kept day from a run with a lower minimum may not).</summary>
    private bool Enough(FeatureDefinition f, int n) => !FeatureCatalog.NeedsBase(f) || n >= minBase;

    private List<HistoryPoint> Trailing((SeriesIndex Index, FeatureTest?[][] Tests) so, int i, int f, DayKind kind)
    {
        var vectors = so.Index.Vectors;
        var day = vectors[i].Day.DayNumber;
        var (usual, abnormal) = (new List<HistoryPoint>(), new List<HistoryPoint>());
        var series = so.Index.SeriesOf(i);
        var feature = FeatureCatalog.All[f];
        var fill = feature.Kind == FeatureKind.Count && AlikeEmpty(so.Index, kind, i);
        var next = i - 1;
        for (var d = day - 1; d >= day - window && d >= series.FirstDay; d--)
        {
            if (next >= series.Start && vectors[next].Day.DayNumber == d)
            {
                var j = next--;
                if (vectors[j].Values[f] is { } v && Enough(feature, vectors[j].Bases[f]) && Alike(so.Index, kind, i, j))
                {
                    (Unusual(so.Tests[j][f]) ? abnormal : usual).Add(new HistoryPoint(v, vectors[j].Bases[f]));
                }
            }
            else if (fill && so.Index.Covers(feature, d, i))
            {
                usual.Add(new HistoryPoint(0, 0));
            }
        }
        return abnormal.Count >= usual.Count ? [.. usual, .. abnormal] : usual;
    }

    /// <summary>
    /// Other versions of the same app in the trailing window; or, for a case too short for any trailing history, every
    /// other day of the same app (a retrospective audit may judge a day against the whole period). Only the series' own
    /// days are filled with 0 as in <see cref="Trailing"/>: the other versions are judged by the days they were seen, so a
    /// young version's busy launch days meet the other versions' working days, not their quiet weeks. Days already judged
    /// unusual are left out as in <see cref="Trailing"/>; a day not judged yet (a later day, in the whole case) has no test.
    /// </summary>
    private List<HistoryPoint> Peers((SeriesIndex Index, FeatureTest?[][] Tests) so, int i, int f, DayKind kind, int days, bool wholeCase = false)
    {
        var index = so.Index;
        var vectors = index.Vectors;
        var abnormal = new List<HistoryPoint>();
        var day = vectors[i].Day.DayNumber;
        var feature = FeatureCatalog.All[f];
        var fill = feature.Kind == FeatureKind.Count && AlikeEmpty(index, kind, i);
        var points = new List<HistoryPoint>();
        foreach (var series in index.SeriesOfApp(i))
        {
            var own = series.Start == index.SeriesOf(i).Start;
            if (own && !wholeCase)
            {
                continue;
            }
            var (from, to) = wholeCase ? (series.FirstDay, series.LastDay) : (Math.Max(series.FirstDay, day - days), day - 1);
            var j = series.Start;
            for (var d = from; d <= to; d++)
            {
                while (j < series.End && vectors[j].Day.DayNumber < d)
                {
                    j++;
                }
                if (d == day)
                {
                    continue;
                }
                if (j < series.End && vectors[j].Day.DayNumber == d)
                {
                    if (vectors[j].Values[f] is { } v && Enough(feature, vectors[j].Bases[f]) && Alike(index, kind, i, j))
                    {
                        (Unusual(so.Tests[j][f]) ? abnormal : points).Add(new HistoryPoint(v, vectors[j].Bases[f]));
                    }
                }
                else if (fill && own && index.Covers(feature, d, i))
                {
                    points.Add(new HistoryPoint(0, 0));
                }
            }
        }
        return abnormal.Count >= points.Count ? [.. points, .. abnormal] : points;
    }
}
