namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// The cut of one vector from the false-alarm rate α: the largest p-threshold c such that the chance that any of the
/// vector's tests passes it on an ordinary day is at most α (Bonferroni over the tests actually made that day). A share,
/// a rate and the model spend c each; a count spends only the largest p it can take at or below c (its tail at a whole
/// number of events, <see cref="CountLadders"/>), so the budget a count cannot use goes to the others — the discrete
/// Bonferroni of Tarone (1990) and Döhler (2016). Tests not made (a share under the minimum base, a series too young) spend
/// nothing. c is fixed by the history before the day's values are looked at, so the bound holds.
/// </summary>
internal static class VectorCut
{
    /// <summary>The cut as −log10 c.</summary>
    public static double Surprise(double alpha, IReadOnlyList<FeatureTest?> tests)
    {
        var continuous = 1 + tests.Count(t => t is { Levels: null });
        var ladders = tests.Where(t => t?.Levels is not null).Select(t => t!.Levels!).ToList();
        return -Math.Log10(Threshold(alpha, continuous, ladders));
    }

    /// <summary>The largest c with continuous·c + Σ spend(c) ≤ α; spend(c) = the largest level ≤ c (or c, beyond the ladder).</summary>
    internal static double Threshold(double alpha, int continuous, IReadOnlyList<double[]> ladders)
    {
        var best = alpha / (continuous + ladders.Count);
        var points = ladders.SelectMany(l => l).Where(l => l > best).Distinct().Order().ToList();
        points.Add(alpha);
        // Between two consecutive levels every count's spend is constant; the best c there is the continuous solve, capped below the next level.
        var low = best;
        foreach (var next in points)
        {
            var spent = ladders.Sum(l => Spend(l, low));
            var c = Math.Min((alpha - spent) / continuous, next * (1 - 1e-12));
            if (c >= low && continuous * c + ladders.Sum(l => Spend(l, c)) <= alpha * (1 + 1e-12))
            {
                best = Math.Max(best, c);
            }
            if (continuous * next + ladders.Sum(l => Spend(l, next)) > alpha * (1 + 1e-12))
            {
                break;
            }
            low = next;
            best = Math.Max(best, next);
        }
        return best;
    }

    private static double Spend(double[] levels, double c)
    {
        foreach (var level in levels)
        {
            if (level <= c * (1 + 1e-12))
            {
                return level;
            }
        }
        return c;
    }
}
