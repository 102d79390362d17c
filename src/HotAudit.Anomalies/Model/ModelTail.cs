namespace HotAudit.Anomalies.Model;

/// <summary>
/// Puts the model's scores on the features' scale: each score's tail probability among the case's own vectors. Inside the
/// body that is the empirical share of vectors scoring at least as high; beyond the top <see cref="TailShare"/> the tail
/// is extrapolated as exponential (peaks over threshold, with the mean excess of the vectors above it), since an
/// empirical tail of N vectors cannot go below 1/N.
/// </summary>
internal static class ModelTail
{
    public const double TailShare = 0.05;

    public static double[] PValues(double[] scores)
    {
        var sorted = scores.Order().ToArray();
        var n = sorted.Length;
        var threshold = Scoring.RobustStats.Quantile(sorted, 1 - TailShare);
        var above = sorted.Where(s => s > threshold).ToArray();
        var excess = above.Length == 0 ? 0 : above.Average(s => s - threshold);
        return scores.Select(s =>
        {
            if (s <= threshold || excess <= 0)
            {
                var atLeast = n - LowerBound(sorted, s);
                return Math.Min(1, (double)atLeast / n);
            }
            return TailShare * Math.Exp(-(s - threshold) / excess);
        }).ToArray();
    }

    private static int LowerBound(double[] sorted, double value)
    {
        var i = Array.BinarySearch(sorted, value);
        if (i < 0)
        {
            return ~i;
        }
        while (i > 0 && sorted[i - 1] == value)
        {
            i--;
        }
        return i;
    }
}
