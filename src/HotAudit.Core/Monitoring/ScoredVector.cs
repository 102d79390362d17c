namespace HotAudit.Core.Monitoring;

/// <summary>One (app, app version, local day) as the monitor scored it.</summary>
/// <param name="AppId">The app.</param>
/// <param name="AppVersion">The app version.</param>
/// <param name="Day">The day in the case's local time.</param>
/// <param name="Features">Every feature, in the monitor's order.</param>
/// <param name="ModelScore">Robust z-score of the multivariate model's residual among the case's vectors.</param>
/// <param name="SpikeScore">Largest robust z-score of the per-series spike detectors (publishes, applies per device).</param>
/// <param name="Flagged">Whether the vector is reported as anomalous (HU-ANM-01).</param>
/// <param name="Explanation">The two or three most deviating features in plain words; empty when nothing deviates.</param>
public sealed record ScoredVector(
    string AppId, string AppVersion, DateOnly Day, IReadOnlyList<FeatureValue> Features, double ModelScore, double SpikeScore,
    bool Flagged, string Explanation)
{
    /// <summary>The score shown and sorted on: the larger of the model's and the spike detectors' robust z-scores.</summary>
    public double Score => Math.Max(ModelScore, SpikeScore);
}
