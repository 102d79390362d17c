using MathNet.Numerics;

namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// Events per device (applies per applying device), on the log scale: the usual level is the history's mean, the spread
/// its standard deviation widened for a short history, plus a sampling variance that shrinks with the day's own device
/// base (a day of 20 devices can wander further than a day of 20,000). The tail is Student's t with the history's
/// degrees of freedom, the spread pooled with a prior one (<see cref="PriorSpread"/>). Not the median and MAD: a minority of legitimately busy days (devices applying two patches on a
/// release day) is part of the usual spread, which a robust scale would ignore.
/// </summary>
internal static class RateModel
{
    /// <summary>Per-device variance of the log rate: one device applying 1 or 2 times a day varies about this much.</summary>
    public const double DeviceVariance = 0.1;

    /// <summary>
    /// Prior day-to-day spread of the log rate (10 %), worth <see cref="PriorDays"/> days of history: a history of identical
    /// days says little about how much a day may differ, so it is pooled with this before it is trusted.
    /// </summary>
    public const double PriorSpread = 0.1;

    /// <summary>Weight of <see cref="PriorSpread"/>, in days of history.</summary>
    public const double PriorDays = 4;

    /// <summary>
    /// At most this many degrees of freedom for the tail, however long the history: release days differ in ways no
    /// window shows (the hour of the publish, how many devices still had the previous patch to apply), so a rate's
    /// day-to-day spread is never known well enough for normal tails.
    /// </summary>
    public const double MaxDegrees = 10;

    public static Tail Test(double value, int n, IReadOnlyList<HistoryPoint> history) =>
        Test(value, DeviceVariance / Math.Max(n, 1), history, PriorSpread);

    /// <summary>
    /// The tail of <paramref name="value"/> on the log scale after <paramref name="history"/>, with the day's own sampling
    /// variance <paramref name="sampling"/> and a prior day-to-day spread <paramref name="priorSpread"/> worth <see cref="PriorDays"/> days.
    /// </summary>
    internal static Tail Test(double value, double sampling, IReadOnlyList<HistoryPoint> history, double priorSpread)
    {
        var logs = history.Select(h => Math.Log(Math.Max(h.Value, 1e-6))).ToList();
        var m = logs.Count;
        var mean = logs.Average();
        var squares = logs.Sum(x => (x - mean) * (x - mean));
        var spread = ((PriorDays * priorSpread * priorSpread) + squares) / (PriorDays + m - 1);
        var variance = (spread * (1 + (1.0 / m))) + sampling;
        var t = (Math.Log(Math.Max(value, 1e-6)) - mean) / Math.Sqrt(variance);
        return new Tail(UpperTail(t, Math.Min(PriorDays + m - 1, MaxDegrees)), Math.Exp(mean));
    }

    /// <summary>P(T ≥ t) for Student's t with ν degrees of freedom, exact in the far tail (incomplete beta, not 1 − CDF).</summary>
    internal static double UpperTail(double t, double nu)
    {
        var half = 0.5 * SpecialFunctions.BetaRegularized(nu / 2, 0.5, nu / (nu + (t * t)));
        return t >= 0 ? half : 1 - half;
    }
}
