namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// A day-over-day ratio (<see cref="Features.ApplyChange"/>) on the log scale. Each earlier ratio is the day's usual
/// change plus its own counting noise, whose variance is known: 1 / (the effective number of applies behind it, the
/// feature's base). The spread between days (τ²) is what the history varies beyond that noise (the moment estimate of
/// DerSimonian and Laird, 1986), pooled with a prior spread, so a history of small counts does not read as a wandering
/// rate; the usual change is the history's mean weighted by 1 / (τ² + noise). Today's ratio is judged with τ², its own
/// counting noise and the mean's uncertainty, by Student's t with the history's degrees of freedom (at most
/// <see cref="RateModel.MaxDegrees"/>).
/// </summary>
internal static class ChangeModel
{
    /// <summary>
    /// Prior day-to-day wander of a settled rate beyond counting noise (25 % on the log scale), worth
    /// <see cref="RateModel.PriorDays"/> days: a few quiet days that happened to match say little about the next one.
    /// </summary>
    public const double PriorSpread = 0.25;

    public static Tail Test(double value, int n, IReadOnlyList<HistoryPoint> history)
    {
        var logs = history.Select(h => Math.Log(Math.Max(h.Value, 1e-6))).ToArray();
        var noise = history.Select(h => 1.0 / Math.Max(h.Base, 1)).ToArray();
        var m = logs.Length;
        var w = noise.Select(s => 1 / s).ToArray();
        var (sw, sw2) = (w.Sum(), w.Sum(x => x * x));
        var fixedMean = logs.Select((x, k) => w[k] * x).Sum() / sw;
        var q = logs.Select((x, k) => w[k] * (x - fixedMean) * (x - fixedMean)).Sum();
        var between = m < 2 ? 0 : Math.Max(0, (q - (m - 1)) / (sw - (sw2 / sw)));
        var pooled = ((RateModel.PriorDays * PriorSpread * PriorSpread) + ((m - 1) * between)) / (RateModel.PriorDays + m - 1);
        var weights = noise.Select(s => 1 / (pooled + s)).ToArray();
        var mean = logs.Select((x, k) => weights[k] * x).Sum() / weights.Sum();
        var variance = pooled + (1.0 / Math.Max(n, 1)) + (1 / weights.Sum());
        var t = (Math.Log(Math.Max(value, 1e-6)) - mean) / Math.Sqrt(variance);
        return new Tail(RateModel.UpperTail(t, Math.Min(RateModel.PriorDays + m - 1, RateModel.MaxDegrees)), Math.Exp(mean));
    }
}
