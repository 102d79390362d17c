using HotAudit.Anomalies.Features;

namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// Robust z-score of every feature of every vector against its own series' trailing window (same app and app version,
/// the <c>window</c> days before it): median and MAD, with a noise floor per feature kind so a quiet history does not
/// turn any change into infinity. A young series (fewer than <c>minHistory</c> earlier values) is compared with its peers
/// instead: the other versions of the same app over the same window; without enough of either the deviation is 0.
/// </summary>
internal sealed class SeriesDeviation(int window, int minHistory)
{
    public (double[][] Deviations, Usual?[][] Usual) Score(IReadOnlyList<DailyVector> vectors)
    {
        var features = FeatureCatalog.All;
        var deviations = vectors.Select(_ => new double[features.Count]).ToArray();
        var usual = vectors.Select(_ => new Usual?[features.Count]).ToArray();
        var start = 0;
        for (var i = 0; i < vectors.Count; i++)
        {
            if (vectors[i].AppId != vectors[start].AppId || vectors[i].AppVersion != vectors[start].AppVersion)
            {
                start = i;
            }
            for (var f = 0; f < features.Count; f++)
            {
                var sample = Trailing(vectors, start, i, f);
                if (sample.Count < minHistory)
                {
                    sample = [.. sample, .. Peers(vectors, i, f, window)];
                }
                if (sample.Count < minHistory)
                {
                    sample = Peers(vectors, i, f, int.MaxValue / 2, sameVersion: true);
                }
                if (sample.Count >= minHistory && vectors[i].Values[f] is { } value)
                {
                    deviations[i][f] = Z(features[f].Kind, value, sample, vectors[i].Bases[f]);
                    var sorted = sample.Order().ToArray();
                    usual[i][f] = new Usual(RobustStats.Quantile(sorted, 0.1), RobustStats.Quantile(sorted, 0.9));
                }
            }
        }
        return (deviations, usual);
    }

    private List<double> Trailing(IReadOnlyList<DailyVector> vectors, int start, int i, int f)
    {
        var from = vectors[i].Day.DayNumber - window;
        var sample = new List<double>();
        for (var j = i - 1; j >= start && vectors[j].Day.DayNumber >= from; j--)
        {
            if (vectors[j].Values[f] is { } v)
            {
                sample.Add(v);
            }
        }
        return sample;
    }

    /// <summary>
    /// Other versions of the same app in the trailing window; or, for a case too short for any trailing history, every
    /// other day of the same app (a retrospective audit may judge a day against the whole period).
    /// </summary>
    private static List<double> Peers(IReadOnlyList<DailyVector> vectors, int i, int f, int days, bool sameVersion = false)
    {
        var (app, version, day) = (vectors[i].AppId, vectors[i].AppVersion, vectors[i].Day.DayNumber);
        var trailing = !sameVersion;
        return vectors.Where(v => v.AppId == app && (sameVersion || v.AppVersion != version) && v.Day.DayNumber != day
                && (trailing ? v.Day.DayNumber < day && v.Day.DayNumber >= day - days : true))
            .Select(v => v.Values[f]).OfType<double>().ToList();
    }

    internal static double Z(FeatureKind kind, double value, IReadOnlyList<double> sample, int n)
    {
        switch (kind)
        {
            case FeatureKind.LogCount:
                return RobustStats.Z(Math.Log(1 + value), sample.Select(v => Math.Log(1 + v)).ToList(), 0.2);
            case FeatureKind.Count:
                return RobustStats.Z(value, sample, Math.Sqrt(Math.Max(RobustStats.Median(sample), 1)));
            case FeatureKind.Rate:
                return RobustStats.Z(value, sample, Math.Max(0.1 * RobustStats.Median(sample), 0.05));
            default:
                var p = Math.Clamp(RobustStats.Median(sample), 0.01, 0.99);
                return RobustStats.Z(value, sample, Math.Max(Math.Sqrt(p * (1 - p) / Math.Max(n, 1)), 0.01));
        }
    }
}
