namespace HotAudit.Anomalies.Model;

/// <summary>
/// Puts the model's scores on the features' scale: each score's tail probability among the case's own vectors. Inside the
/// body that is the empirical share of vectors scoring at least as high; beyond the top <see cref="TailShare"/> the tail
/// is extrapolated (peaks over threshold), since an empirical tail of N vectors cannot go below 1/N: the excesses over
/// the threshold are fitted with a generalized Pareto distribution by probability-weighted moments (Hosking and Wallis,
/// 1987), which, unlike maximum likelihood, is stable for the few dozen excesses a small case has. Reconstruction errors
/// have a heavy tail (a few vectors far from the rest), which an exponential — the shape 0 of the family — makes
/// far too rare; the shape is kept in [0, 0.95] (never a bounded tail, which would call a score just past the largest seen
/// impossible; never an infinite mean). With fewer than <see cref="MinExcesses"/> excesses the shape cannot be told and
/// the tail is exponential with the mean excess.
/// </summary>
internal static class ModelTail
{
    public const double TailShare = 0.05;

    /// <summary>The fewest excesses over the threshold from which a tail's shape is estimated.</summary>
    public const int MinExcesses = 10;

    public static double[] PValues(double[] scores)
    {
        var sorted = scores.Order().ToArray();
        var n = sorted.Length;
        var threshold = Scoring.RobustStats.Quantile(sorted, 1 - TailShare);
        var tail = ParetoTail.Fit(sorted.Where(s => s > threshold).Select(s => s - threshold).ToArray());
        return scores.Select(s =>
        {
            if (s <= threshold || tail.Scale <= 0)
            {
                var atLeast = n - LowerBound(sorted, s);
                return Math.Min(1, (double)atLeast / n);
            }
            return TailShare * tail.Survival(s - threshold);
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

/// <summary>A generalized Pareto distribution of excesses: P(Y > y) = (1 + ξ y / σ)^(−1/ξ), exponential at ξ = 0.</summary>
internal readonly record struct ParetoTail(double Shape, double Scale)
{
    /// <summary>The heaviest shape kept: a mean σ / (1 − ξ) that stays finite.</summary>
    public const double MaxShape = 0.95;

    /// <summary>
    /// Fits excesses (sorted ascending) by probability-weighted moments: a₀ the mean, a₁ = mean of (1 − pᵢ) yᵢ with
    /// plotting positions pᵢ = (i − 0.35) / n; ξ = 2 − a₀ / (a₀ − 2a₁), clamped to [0, <see cref="MaxShape"/>], and σ = a₀ (1 − ξ) so the
    /// fitted mean stays the sample's. Fewer than <see cref="ModelTail.MinExcesses"/>: exponential with the mean excess.
    /// </summary>
    public static ParetoTail Fit(IReadOnlyList<double> ascending)
    {
        var n = ascending.Count;
        if (n == 0)
        {
            return default;
        }
        var a0 = ascending.Average();
        if (n < ModelTail.MinExcesses || a0 <= 0)
        {
            return new ParetoTail(0, a0);
        }
        var a1 = 0.0;
        for (var i = 0; i < n; i++)
        {
            a1 += (1 - ((i + 1 - 0.35) / n)) * ascending[i];
        }
        a1 /= n;
        var denominator = a0 - (2 * a1);
        // a₀ − 2a₁ ≤ 0 is ξ → −∞ (a bounded tail): the exponential, at the clamp.
        var shape = denominator <= 0 ? 0 : Math.Clamp(2 - (a0 / denominator), 0, MaxShape);
        return new ParetoTail(shape, a0 * (1 - shape));
    }

    /// <summary>P(Y &gt; y).</summary>
    public double Survival(double y) =>
        y <= 0 ? 1 : Shape <= 1e-9 ? Math.Exp(-y / Scale) : Math.Pow(1 + (Shape * y / Scale), -1 / Shape);
}
