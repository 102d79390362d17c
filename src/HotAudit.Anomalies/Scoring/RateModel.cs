using MathNet.Numerics;

namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// Events per device (applies per applying device), on the log scale: the usual level is the history's median, the
/// spread its robust scale widened for a short history, plus a sampling variance that shrinks with the day's own device
/// base (a day of 20 devices can wander further than a day of 20,000). The tail is Student's t with the history's
/// degrees of freedom.
/// </summary>
internal static class RateModel
{
    /// <summary>Per-device variance of the log rate: one device applying 1 or 2 times a day varies about this much.</summary>
    public const double DeviceVariance = 0.1;

    public static Tail Test(double value, int n, IReadOnlyList<HistoryPoint> history)
    {
        var logs = history.Select(h => Math.Log(Math.Max(h.Value, 1e-6))).ToList();
        var median = RobustStats.Median(logs);
        var spread = RobustStats.MadToSigma * RobustStats.Mad(logs, median);
        var m = logs.Count;
        var variance = (spread * spread * (1 + (1.0 / m))) + (DeviceVariance / Math.Max(n, 1));
        var t = (Math.Log(Math.Max(value, 1e-6)) - median) / Math.Sqrt(variance);
        return new Tail(UpperTail(t, Math.Max(m - 1, 1)), Math.Exp(median));
    }

    /// <summary>P(T ≥ t) for Student's t with ν degrees of freedom, exact in the far tail (incomplete beta, not 1 − CDF).</summary>
    internal static double UpperTail(double t, double nu)
    {
        var half = 0.5 * SpecialFunctions.BetaRegularized(nu / 2, 0.5, nu / (nu + (t * t)));
        return t >= 0 ? half : 1 - half;
    }
}
