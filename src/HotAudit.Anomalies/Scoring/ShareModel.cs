using MathNet.Numerics;

namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// Shares of a device base (background applies, failing devices, http checks, night applies): a beta-binomial. The usual
/// share pools the history's events over its devices (with a Jeffreys prior); its spread is the larger of what the
/// history's device count leaves uncertain and the day-to-day variation beyond binomial noise that the history shows. The
/// day is judged with its own base n: a share of few devices is weak evidence, of many strong.
/// </summary>
internal static class ShareModel
{
    private const double Prior = 0.5;

    public static Tail Test(double value, int n, IReadOnlyList<HistoryPoint> history)
    {
        var events = history.Sum(h => h.Value * h.Base);
        var devices = history.Sum(h => (double)h.Base);
        var p = (Prior + events) / ((2 * Prior) + devices);
        var excess = history.Average(h => ((h.Value - p) * (h.Value - p)) - (p * (1 - p) / Math.Max(h.Base, 1)));
        var concentration = (2 * Prior) + devices;
        if (excess > 0)
        {
            concentration = Math.Min(concentration, Math.Max((p * (1 - p) / excess) - 1, 0.1));
        }
        var k = (int)Math.Round(value * n);
        return new Tail(UpperTail(k, n, p * concentration, (1 - p) * concentration), p);
    }

    /// <summary>P(X ≥ k) for X ~ BetaBinomial(n, a, b), summed from k outwards until the terms no longer count.</summary>
    internal static double UpperTail(int k, int n, double a, double b)
    {
        if (k <= 0)
        {
            return 1;
        }
        if (k > n)
        {
            return 0;
        }
        var mean = n * a / (a + b);
        return k > mean ? Sum(k, n, +1, a, b) : 1 - Sum(k - 1, n, -1, a, b);
    }

    private static double Sum(int from, int n, int step, double a, double b)
    {
        var total = 0.0;
        for (var j = from; j >= 0 && j <= n; j += step)
        {
            var term = Math.Exp(LogPmf(j, n, a, b));
            total += term;
            if (term < total * 1e-14)
            {
                break;
            }
        }
        return Math.Clamp(total, 0, 1);
    }

    private static double LogPmf(int j, int n, double a, double b) =>
        SpecialFunctions.BinomialLn(n, j) + SpecialFunctions.BetaLn(j + a, n - j + b) - SpecialFunctions.BetaLn(a, b);
}
