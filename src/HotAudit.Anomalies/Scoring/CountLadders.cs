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

    public double[] Of(ICountPredictive predictive)
    {
        if (_cache.TryGetValue(predictive, out var levels))
        {
            return levels;
        }
        if (predictive is ShareModel.Predictive share)
        {
            return _cache[predictive] = ShareModel.Ladder(share.N, share.A, share.B, rate, rate * 1e-6, MaxSteps);
        }
        var k = First(predictive);
        var list = new List<double>();
        for (var tail = predictive.UpperTail(k); tail >= rate * 1e-6 && list.Count < MaxSteps; tail = predictive.UpperTail(++k))
        {
            list.Add(tail);
        }
        return _cache[predictive] = [.. list];
    }

    /// <summary>The smallest k ≥ 1 with P(X ≥ k) ≤ rate: doubling from the mean, then bisection.</summary>
    private int First(ICountPredictive predictive)
    {
        var (lo, hi) = (0, Math.Max(1, (int)Math.Ceiling(predictive.Mean)));
        while (predictive.UpperTail(hi) > rate)
        {
            (lo, hi) = (hi, hi * 2);
        }
        while (hi - lo > 1)
        {
            var mid = lo + ((hi - lo) / 2);
            (lo, hi) = predictive.UpperTail(mid) > rate ? (mid, hi) : (lo, mid);
        }
        return hi;
    }
}
