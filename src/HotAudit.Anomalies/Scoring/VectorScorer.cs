using HotAudit.Anomalies.Features;
using HotAudit.Anomalies.Model;
using HotAudit.Core.Monitoring;

namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// Scores daily vectors: per-feature deviations from each series' own trailing history, the PCA model on those
/// deviations (unlike the case's other days and versions), and the spike series; flags and explains.
/// </summary>
internal static class VectorScorer
{
    public static IReadOnlyList<ScoredVector> Score(IReadOnlyList<DailyVector> vectors, MonitorSettings settings)
    {
        if (vectors.Count == 0)
        {
            return [];
        }
        var (deviations, usual) = new SeriesDeviation(settings.Window, settings.MinHistory).Score(vectors);
        var inputs = Clip(deviations, MonitorSettings.Clip);
        var model = ModelScores(Clip(deviations.Where(d => d.Select((x, f) => FeatureCatalog.All[f].Scored ? Math.Abs(x) : 0).Max() <= MonitorSettings.TrainClip).ToArray(), MonitorSettings.Clip), inputs, settings);
        var spikeFeatures = new[] { FeatureCatalog.Publishes, FeatureCatalog.AppliesPerApplyingDevice }
            .Select(n => FeatureCatalog.All.ToList().FindIndex(f => f.Name == n)).ToArray();
        return vectors.Select((v, i) =>
        {
            var spike = Math.Max(0, spikeFeatures.Max(f => deviations[i][f]));
            var flagged = model[i] > settings.ModelCut || spike > settings.SpikeCut;
            var explanation = Explainer.Explain(v, deviations[i], usual[i], MonitorSettings.ExplainCut);
            if (flagged && explanation.Length == 0)
            {
                explanation = Explainer.Explain(v, deviations[i], usual[i], 0);
            }
            var features = FeatureCatalog.All.Select((f, k) => new FeatureValue(f.Name, v.Values[k], deviations[i][k])).ToList();
            return new ScoredVector(v.AppId, v.AppVersion, v.Day, features, model[i], spike, flagged, explanation);
        }).ToList();
    }

    /// <summary>The model's robust z-scores; all 0 when there are too few vectors to fit a model.</summary>
    /// <remarks>
    /// PCA turns a few wild vectors into components of their own, so it is fitted only on the vectors whose deviations all
    /// stay within <see cref="MonitorSettings.TrainClip"/> (the ordinary days), and scores every vector.
    /// </remarks>
    private static double[] ModelScores(List<float[]> training, List<float[]> inputs, MonitorSettings settings)
    {
        var dims = inputs[0].Length;
        if (training.Count < Math.Max(20, 3 * dims) || !Varies(training))
        {
            return new double[inputs.Count];
        }
        try
        {
            return PcaAnomalyModel.Train(training, settings.Rank, settings.Seed).Scores(inputs);
        }
        catch (ArgumentException)
        {
            // ML.NET reports degenerate training data (NaN eigenvectors) this way; the spike checks still judge the days.
            return new double[inputs.Count];
        }
    }

    /// <summary>Whether the training vectors vary at all: PCA of constant data has no components (ML.NET fails on it).</summary>
    internal static bool Varies(List<float[]> training) =>
        Enumerable.Range(0, training[0].Length).Any(d => training.Any(v => Math.Abs(v[d] - training[0][d]) > 1e-6f));

    private static List<float[]> Clip(double[][] deviations, double clip) =>
        deviations.Select(d => d.Select((x, f) => FeatureCatalog.All[f].Scored ? (float)Math.Clamp(x, -clip, clip) : 0f).ToArray()).ToList();
}
