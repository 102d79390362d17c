namespace HotAudit.Core.Monitoring;

/// <summary>One (app, app version, local day) as the monitor scored it.</summary>
/// <param name="AppId">The app.</param>
/// <param name="AppVersion">The app version.</param>
/// <param name="Day">The day in the case's local time.</param>
/// <param name="Features">Every feature, in the monitor's order.</param>
/// <param name="ModelScore">Surprise (−log10 p) of the multivariate model's score, its tail among the case's vectors.</param>
/// <param name="SpikeScore">Largest surprise (−log10 p) of any single feature against its own history.</param>
/// <param name="Flagged">Whether the vector is reported as anomalous (HU-ANM-01).</param>
/// <param name="Explanation">The two or three most surprising features in plain words with their evidence; empty when nothing deviates.</param>
/// <param name="ExplanationZh">The same explanation in Chinese, for zh-CN reports (findings.json keeps <paramref name="Explanation"/>).</param>
public sealed record ScoredVector(
    string AppId, string AppVersion, DateOnly Day, IReadOnlyList<FeatureValue> Features, double ModelScore, double SpikeScore,
    bool Flagged, string Explanation, string ExplanationZh = "")
{
    /// <summary>The score shown and sorted on: the larger surprise of the model and the single features.</summary>
    public double Score => Math.Max(ModelScore, SpikeScore);
}
