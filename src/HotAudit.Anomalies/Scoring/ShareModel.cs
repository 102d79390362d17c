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

    /// <summary>The beta-binomial predictive of how many of the day's <paramref name="n"/> devices, after <paramref name="history"/>.</summary>
    public static Predictive Fit(int n, IReadOnlyList<HistoryPoint> history)
    {
        var devices = history.Sum(h => (double)h.Base);
        var p = Pooled(history, devices);
        var concentration = (2 * Prior) + devices;
        var rho = Robust(history, p, devices);
        if (rho > 0)
        {
            concentration = Math.Min(concentration, Math.Max((1 - rho) / rho, 0.1));
        }
        return new Predictive(n, p * concentration, (1 - p) * concentration);
    }

    /// <summary>
    /// A share's predictive: how many of <paramref name="N"/> devices, BetaBinomial(N, A, B). Discrete like a count, so
    /// the vector's cut spends only the tails it can take (<see cref="CountLadders"/>, <see cref="VectorCut"/>).
    /// </summary>
    internal readonly record struct Predictive(int N, double A, double B) : ICountPredictive
    {
        public double Mean => N * A / (A + B);

        /// <summary>The usual share.</summary>
        public double Share => A / (A + B);

        public double UpperTail(int k) => ShareModel.UpperTail(k, N, A, B);

        /// <summary>The tail at a share (not a count) of the N devices, with the usual share as its level.</summary>
        public Tail Tail(double value) => new(UpperTail((int)Math.Round(value * N)), Share);

        /// <summary>The ladder in one walk of the probabilities (<see cref="ShareModel.Ladder"/>), not a sum per tail.</summary>
        public double[] Ladder(double rate, double floor, int max) => ShareModel.Ladder(N, A, B, rate, floor, max);
    }

    /// <summary>
    /// ρ of the history, or of the history without its one most deviant day when that is lower and the history has at
    /// least <see cref="RobustDays"/> days: on a few days (a version's release days) one unflagged burst among them
    /// (a 34 % night share against 0–5 %) made ρ so large that the next, at 91 % of 288 devices, was p ≈ 2e-4. A single day
    /// cannot make a history overdispersed; two can.
    /// </summary>
    private static double Robust(IReadOnlyList<HistoryPoint> history, double p, double devices)
    {
        var rho = Overdispersion(history, p, devices);
        if (rho <= 0 || history.Count < RobustDays)
        {
            return rho;
        }
        var worst = Enumerable.Range(0, history.Count).MaxBy(k => history[k].Base * (history[k].Value - p) * (history[k].Value - p));
        var rest = history.Where((_, k) => k != worst).ToList();
        var restDevices = devices - history[worst].Base;
        return Math.Min(rho, Overdispersion(rest, Pooled(rest, restDevices), restDevices));
    }

    /// <summary>The history's events over its devices, with the Jeffreys prior.</summary>
    private static double Pooled(IReadOnlyList<HistoryPoint> history, double devices) =>
        (Prior + history.Sum(h => h.Value * h.Base)) / ((2 * Prior) + devices);

    /// <summary>Days a history needs before its most deviant day may be left out of ρ.</summary>
    public const int RobustDays = 4;

    /// <summary>
    /// The intra-day correlation ρ of the beta-binomial (a day's share varies p(1 − p)(1 + (n − 1)ρ)/n about p), by the
    /// moments of the device-weighted squared deviations (Kleinman 1973): Σ nᵢ(pᵢ − p)² is p(1 − p)((k − 1) + ρ(N − Σnᵢ²/N
    /// − (k − 1))) in expectation. Weighted by devices, a day of 20 devices at 25 % says as much as its 20 devices do; an
    /// unweighted average of squared deviations let one such day make a history of 500-device days look wildly variable,
    /// and 20 % background applies on 545 devices against a usual 0–3 % came out at p ≈ 1e-3.
    /// </summary>
    private static double Overdispersion(IReadOnlyList<HistoryPoint> history, double p, double devices)
    {
        var k = history.Count;
        var spread = p * (1 - p);
        if (k < 2 || spread <= 0 || devices <= 0)
        {
            return 0;
        }
        var weighted = history.Sum(h => h.Base * (h.Value - p) * (h.Value - p));
        var room = devices - (history.Sum(h => (double)h.Base * h.Base) / devices) - (k - 1);
        return room <= 0 ? 0 : Math.Min(((weighted / spread) - (k - 1)) / room, 0.99);
    }

    /// <summary>
    /// The tails P(X ≥ k) at or below <paramref name="rate"/>, largest first, down to <paramref name="floor"/> and at most
    /// <paramref name="max"/> of them, for X ~ BetaBinomial(n, a, b) (<see cref="CountLadders"/>): one walk up the
    /// probabilities from the mean (each from the one before, pmf(j + 1) / pmf(j) = (n − j)(j + a) / ((j + 1)(n − j − 1 + b))),
    /// then their sums from the far end. A tail per k by <see cref="UpperTail"/> costs a sum of special functions each; on
    /// a share of thousands of devices, the vector cut's ladders had made the monitor two to three times slower.
    /// </summary>
    internal static double[] Ladder(int n, double a, double b, double rate, double floor, int max)
    {
        var from = Math.Clamp((int)Math.Floor(n * a / (a + b)), 0, n);
        var terms = new List<double>();
        // In logs: a share as skewed as a = 0.001 has terms far below what a double holds between its two ends. With
        // b < 1 the probabilities rise again towards n (a U-shaped beta-binomial): the walk goes all the way there.
        var atMean = LogPmf(from, n, a, b);
        var log = atMean;
        var stop = Math.Log(floor) - (12 * Math.Log(10));
        for (var j = from; j <= n; j++)
        {
            terms.Add(Math.Exp(log));
            if (log < stop && b >= 1)
            {
                break;
            }
            log += LogRatio(j);
        }
        var tails = new double[terms.Count];
        var sum = 0.0;
        for (var i = terms.Count - 1; i >= 0; i--)
        {
            sum += terms[i];
            tails[i] = sum;
        }
        // On a share as skewed as a = 0.001 (most days none, a rare day many) even the tails below the mean can be at or
        // below the rate: down from the mean while they are, each the one above it plus its own probability.
        var below = new List<double>();
        var (tail, logBelow) = (tails.Length > 0 ? tails[0] : 0, atMean);
        for (var j = from - 1; j >= 1 && tail <= rate; j--)
        {
            logBelow -= LogRatio(j);
            tail += Math.Exp(logBelow);
            below.Add(tail);
        }
        below.Reverse();
        return [.. below.Concat(tails).Where(t => t <= rate && t >= floor).Take(max)];

        // log pmf(j + 1) − log pmf(j).
        double LogRatio(int j) => Math.Log((n - j) * (j + a) / ((j + 1) * (n - j - 1 + b)));
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
