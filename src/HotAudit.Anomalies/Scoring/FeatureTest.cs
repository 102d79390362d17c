namespace HotAudit.Anomalies.Scoring;

/// <summary>One feature of one vector judged against its history: the tail, the usual range, and what it was judged against.</summary>
/// <param name="Tail">Upper-tail probability and fitted level.</param>
/// <param name="Usual">10th–90th percentile of the history, for the explanation.</param>
/// <param name="Basis">The series' own window, its peers, or the whole case.</param>
/// <param name="Window">Days of the trailing window (the explanation's "28-day rate").</param>
/// <param name="Levels">For a count, the p-values it can take at or below the false-alarm rate (<see cref="CountLadders"/>); null for a continuous test.</param>
/// <param name="Weight">The test's threshold in multiples of the vector's base threshold (<see cref="VectorCut"/>).</param>
/// <param name="Count">For a count, the predictive it was judged by (a share of that count is judged with it).</param>
internal sealed record FeatureTest(Tail Tail, Usual Usual, HistoryBasis Basis, int Window, double[]? Levels = null, double Weight = 1, ICountPredictive? Count = null)
{
    /// <summary>The surprise the flag is decided on: −log10 (p / weight).</summary>
    public double Weighted => Tail.Surprise + Math.Log10(Weight);
}
