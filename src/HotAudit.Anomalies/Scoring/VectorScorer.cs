using HotAudit.Anomalies.Features;
using HotAudit.Anomalies.Model;
using HotAudit.Core.Monitoring;
using MathNet.Numerics.Distributions;

namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// Scores daily vectors: every scored feature's tail probability against its own series' history
/// (<see cref="SeriesTests"/>), and the PCA model on the features' normal scores (a joint shift no single feature shows),
/// its score's tail among the case's vectors. All on one scale, −log10 p; a vector is flagged when any of its tests passes
/// its cut, derived from the false-alarm rate over the tests made that day (<see cref="VectorCut"/>).
/// </summary>
internal static class VectorScorer
{
    /// <summary>
    /// How far (in −log10 p) below its cut a test still passes: a discrete test's cut is often one of its own tails
    /// (<see cref="VectorCut"/>), and a share's ladder and its p are two computations of that tail (a walk and a sum,
    /// <see cref="ShareModel"/>) that agree to about 1e-9; at the cut the test passes, as Tarone's procedure says.
    /// </summary>
    private const double Tie = 1e-6;

    public static IReadOnlyList<ScoredVector> Score(IReadOnlyList<DailyVector> vectors, MonitorSettings settings)
    {
        if (vectors.Count == 0)
        {
            return [];
        }
        var (tests, cuts) = new SeriesTests(settings.Window, settings.MinHistory, settings.MinBase, settings.FalseAlarmRate).Score(vectors);
        var normal = tests.Select(t => t.Select(NormalScore).ToArray()).ToArray();
        var model = ModelSurprise(normal, settings);
        return vectors.Select((v, i) =>
        {
            var spike = tests[i].Max(t => t?.Tail.Surprise ?? 0);
            var flagged = model[i] >= cuts[i] - Tie || tests[i].Any(t => t is not null && t.Weighted >= cuts[i] - Tie);
            var explanation = Explainer.Explain(v, tests[i], MonitorSettings.ExplainCut);
            if (flagged && explanation.En.Length == 0)
            {
                explanation = Explainer.Explain(v, tests[i], 0);
            }
            var features = FeatureCatalog.All.Select((f, k) => Feature(f, v.Values[k], tests[i][k])).ToList();
            return new ScoredVector(v.AppId, v.AppVersion, v.Day, features, model[i], spike, flagged, explanation.En, explanation.Zh);
        }).ToList();
    }

    private static FeatureValue Feature(FeatureDefinition f, double? value, FeatureTest? test) => test is null
        ? new FeatureValue(f.Name, value, 0)
        : new FeatureValue(f.Name, value, test.Tail.Surprise, test.Tail.P, test.Usual.Low, test.Usual.High);

    /// <summary>
    /// The normal score of a feature's upper tail: 3.7 for p = 1e-4, 0 at or below the usual (and when not scored). The
    /// tests are one-sided, and a discrete count of 0 has p = 1, which would otherwise read as an extreme low.
    /// </summary>
    private static double NormalScore(FeatureTest? test) =>
        test is null ? 0 : Math.Clamp(-Normal.InvCDF(0, 1, Math.Clamp(test.Tail.P, 1e-300, 1)), 0, MonitorSettings.Clip);

    /// <summary>The model's surprise per vector; all 0 when there are too few ordinary vectors to fit a model.</summary>
    /// <remarks>
    /// PCA turns a few wild vectors into components of their own, so it is fitted only on the vectors whose normal scores
    /// all stay within <see cref="MonitorSettings.TrainClip"/> (the ordinary days), and scores every vector.
    /// </remarks>
    private static double[] ModelSurprise(double[][] normal, MonitorSettings settings)
    {
        var inputs = normal.Select(d => d.Select(x => (float)x).ToArray()).ToList();
        var training = inputs.Where(d => d.Max(Math.Abs) <= MonitorSettings.TrainClip).ToList();
        var dims = inputs[0].Length;
        if (training.Count < Math.Max(20, 3 * dims) || !Varies(training))
        {
            return new double[inputs.Count];
        }
        try
        {
            var scores = PcaAnomalyModel.Train(training, settings.Rank, settings.Seed).Scores(inputs);
            return ModelTail.PValues(scores).Select(p => new Tail(p, 0).Surprise).ToArray();
        }
        catch (ArgumentException)
        {
            // ML.NET reports degenerate training data (NaN eigenvectors) this way; the feature tests still judge the days.
            return new double[inputs.Count];
        }
    }

    /// <summary>Whether the training vectors vary at all: PCA of constant data has no components (ML.NET fails on it).</summary>
    internal static bool Varies(List<float[]> training) =>
        Enumerable.Range(0, training[0].Length).Any(d => training.Any(v => Math.Abs(v[d] - training[0][d]) > 1e-6f));
}
