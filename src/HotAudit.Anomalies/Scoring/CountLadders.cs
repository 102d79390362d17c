namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// The p-values a count test can take at or below the false-alarm rate: P(X ≥ k) for the k whose tail is at most the
/// rate, largest first, down to a millionth of it. A count is discrete: a test "at p ≤ c" is really at the largest of these
/// not above c, which is often far below c (<see cref="VectorCut"/> spends only that). Cached per predictive, since many
/// quiet series share one (28 days of 0).
/// </summary>
internal sealed class CountLadders(double rate)
{
    private const int MaxSteps = 64;
    private readonly Dictionary<ICountPredictive, double[]> _cache = [];

    public double[] Of(ICountPredictive predictive) =>
        _cache.TryGetValue(predictive, out var levels) ? levels : _cache[predictive] = predictive.Ladder(rate, rate * 1e-6, MaxSteps);
}
