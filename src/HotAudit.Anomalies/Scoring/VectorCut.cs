namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// The cut of one vector from the false-alarm rate α: the largest base threshold c such that the chance that any of the
/// vector's tests passes its own threshold on an ordinary day is at most α (weighted Bonferroni over the tests actually
/// made that day). Each test's threshold is its weight times c (<see cref="Features.FeatureDefinition.Weight"/>: the release
/// actions, which clause 7.2 f names, weigh more). A rate and the model spend their threshold each; a count or a share
/// (how many of the day's devices) spends only the largest p it can take at or below its threshold (its tail at a whole
/// number of events or devices, <see cref="CountLadders"/>), so the budget a discrete test cannot use goes to the others —
/// the discrete Bonferroni of Tarone (1990) and Döhler (2016). A share of 25 devices cannot take most of the p-values
/// near the cut; one of 5,000 can, and spends about its threshold as before.
/// Tests not made (a share under the minimum base, a series too young) spend nothing. c is fixed by the history before
/// the day's values are looked at, so the bound holds.
/// </summary>
internal static class VectorCut
{
    /// <summary>The base cut as −log10 c; a test passes when its surprise plus log10 of its weight reaches it.</summary>
    public static double Surprise(double alpha, IReadOnlyList<FeatureTest?> tests)
    {
        var continuous = 1 + tests.Where(t => t is { Levels: null }).Sum(t => t!.Weight);
        var ladders = tests.Where(t => t?.Levels is not null).Select(t => (t!.Levels!, t.Weight)).ToList();
        return -Math.Log10(Threshold(alpha, continuous, ladders));
    }

    /// <summary>The largest c with continuous·c + Σ spend(c) ≤ α, every count of weight 1.</summary>
    internal static double Threshold(double alpha, int continuous, IReadOnlyList<double[]> ladders) =>
        Threshold(alpha, continuous, ladders.Select(l => (l, 1.0)).ToList());

    /// <summary>
    /// The largest c with W·c + Σ spend(wₗ·c) ≤ α, W the continuous tests' total weight; spend(t) = the largest level ≤ t
    /// (or t, beyond the ladder).
    /// </summary>
    internal static double Threshold(double alpha, double continuous, IReadOnlyList<(double[] Levels, double Weight)> ladders)
    {
        var best = alpha / (continuous + ladders.Sum(l => l.Weight));
        var points = ladders.SelectMany(l => l.Levels.Select(level => level / l.Weight)).Where(c => c > best).Distinct().Order().ToList();
        points.Add(alpha / continuous);
        // Between two consecutive breakpoints every count's spend is constant; the best c there is the continuous solve, capped below the next one.
        var low = best;
        foreach (var next in points)
        {
            var spent = Spent(ladders, low);
            var c = Math.Min((alpha - spent) / continuous, next * (1 - 1e-12));
            if (c >= low && (continuous * c) + Spent(ladders, c) <= alpha * (1 + 1e-12))
            {
                best = Math.Max(best, c);
            }
            if ((continuous * next) + Spent(ladders, next) > alpha * (1 + 1e-12))
            {
                break;
            }
            low = next;
            best = Math.Max(best, next);
        }
        return best;
    }

    private static double Spent(IReadOnlyList<(double[] Levels, double Weight)> ladders, double c) => ladders.Sum(l => Spend(l.Levels, l.Weight * c));

    private static double Spend(double[] levels, double threshold)
    {
        foreach (var level in levels)
        {
            if (level <= threshold * (1 + 1e-12))
            {
                return level;
            }
        }
        return threshold;
    }
}
