using HotAudit.Anomalies.Features;

namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// Tests every scored feature of every vector against its own series' trailing window (same app and app version, the
/// <c>window</c> days before it) with the model of its kind: counts, shares or rates (<see cref="CountModel"/>,
/// <see cref="ShareModel"/>, <see cref="RateModel"/>); a share or rate of fewer than <c>minBase</c> devices is not scored. A young series (fewer than <c>minHistory</c> earlier values) is
/// judged with its peers too: the other versions of the same app over the same window; a case too short for either
/// with the series' other days. Without enough of any, or without a value (a share under the minimum base), the feature
/// is not scored (null). A value that was itself past the cut is left out of later days' history, so one burst does
/// not make the next one usual, unless such values are half the window or more: a change that lasts becomes the usual.
/// </summary>
internal sealed class SeriesTests(int window, int minHistory, int minBase, double cut)
{
    public FeatureTest?[][] Score(IReadOnlyList<DailyVector> vectors)
    {
        var features = FeatureCatalog.All;
        var tests = vectors.Select(_ => new FeatureTest?[features.Count]).ToArray();
        var start = 0;
        for (var i = 0; i < vectors.Count; i++)
        {
            if (vectors[i].AppId != vectors[start].AppId || vectors[i].AppVersion != vectors[start].AppVersion)
            {
                start = i;
            }
            for (var f = 0; f < features.Count; f++)
            {
                if (features[f].Scored && vectors[i].Values[f] is { } value && Enough(features[f], vectors[i].Bases[f]))
                {
                    tests[i][f] = Test(features[f], value, vectors[i].Bases[f], (vectors, tests), start, i, f);
                }
            }
        }
        return tests;
    }

    private FeatureTest? Test(FeatureDefinition feature, double value, int n, (IReadOnlyList<DailyVector> Vectors, FeatureTest?[][] Tests) so, int start, int i, int f)
    {
        var vectors = so.Vectors;
        var (sample, basis) = (Trailing(so, start, i, f), HistoryBasis.Trailing);
        if (sample.Count < minHistory)
        {
            (sample, basis) = ([.. sample, .. Peers(vectors, i, f, window)], HistoryBasis.Peers);
        }
        if (sample.Count < minHistory)
        {
            (sample, basis) = (Peers(vectors, i, f, int.MaxValue / 2, wholeCase: true), HistoryBasis.Case);
        }
        if (sample.Count < minHistory)
        {
            return null;
        }
        var tail = feature.Kind switch
        {
            FeatureKind.Share => ShareModel.Test(value, n, sample),
            FeatureKind.Rate => RateModel.Test(value, n, sample),
            _ => CountModel.Test(value, sample),
        };
        var sorted = sample.Select(h => h.Value).Order().ToArray();
        return new FeatureTest(tail, new Usual(RobustStats.Quantile(sorted, 0.1), RobustStats.Quantile(sorted, 0.9)), basis, window);
    }

    /// <summary>Whether a share or rate has the devices it needs (a kept day from a run with a lower minimum may not).</summary>
    private bool Enough(FeatureDefinition f, int n) => !FeatureCatalog.NeedsBase(f) || n >= minBase;

    private List<HistoryPoint> Trailing((IReadOnlyList<DailyVector> Vectors, FeatureTest?[][] Tests) so, int start, int i, int f)
    {
        var vectors = so.Vectors;
        var from = vectors[i].Day.DayNumber - window;
        var (usual, abnormal) = (new List<HistoryPoint>(), new List<HistoryPoint>());
        for (var j = i - 1; j >= start && vectors[j].Day.DayNumber >= from; j--)
        {
            if (vectors[j].Values[f] is { } v && Enough(FeatureCatalog.All[f], vectors[j].Bases[f]))
            {
                (so.Tests[j][f]?.Tail.Surprise >= cut ? abnormal : usual).Add(new HistoryPoint(v, vectors[j].Bases[f]));
            }
        }
        return abnormal.Count >= usual.Count ? [.. usual, .. abnormal] : usual;
    }

    /// <summary>
    /// Other versions of the same app in the trailing window; or, for a case too short for any trailing history, every
    /// other day of the same app (a retrospective audit may judge a day against the whole period).
    /// </summary>
    private List<HistoryPoint> Peers(IReadOnlyList<DailyVector> vectors, int i, int f, int days, bool wholeCase = false)
    {
        var (app, version, day) = (vectors[i].AppId, vectors[i].AppVersion, vectors[i].Day.DayNumber);
        return vectors.Where(v => v.AppId == app && (wholeCase || v.AppVersion != version) && v.Day.DayNumber != day
                && (wholeCase || (v.Day.DayNumber < day && v.Day.DayNumber >= day - days)))
            .Where(v => v.Values[f] is not null && Enough(FeatureCatalog.All[f], v.Bases[f]))
            .Select(v => new HistoryPoint(v.Values[f]!.Value, v.Bases[f])).ToList();
    }
}
