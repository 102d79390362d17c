using MathNet.Numerics;

namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// Small daily counts (publishes, rollbacks, operators, patches): a Gamma–Poisson model. The daily rate has a Gamma
/// prior of <see cref="PriorEvents"/> events over <see cref="PriorDays"/> day (a quiet or young series is neither blind
/// nor hair-trigger), updated with the history; a history more variable than Poisson widens it to the negative binomial
/// of the same mean and variance. The tail is that of the predictive negative binomial.
/// </summary>
internal static class CountModel
{
    public const double PriorEvents = 0.5;
    public const double PriorDays = 1;

    public static Tail Test(double value, IReadOnlyList<HistoryPoint> history) => Fit(history).Tail(value);

    /// <summary>The predictive distribution of tomorrow's count after <paramref name="history"/>.</summary>
    public static Predictive Fit(IReadOnlyList<HistoryPoint> history)
    {
        var m = history.Count;
        var sum = history.Sum(h => h.Value);
        var beta = PriorDays + m;
        var mean = (PriorEvents + sum) / beta;
        if (m >= 2)
        {
            var variance = history.Sum(h => (h.Value - (sum / m)) * (h.Value - (sum / m))) / (m - 1);
            if (variance > mean)
            {
                beta = Math.Min(beta, mean / (variance - mean));
            }
        }
        return new Predictive(mean * beta, beta);
    }

    /// <summary>P(X ≥ k) for the negative binomial of the Gamma(shape, rate) mixture of Poissons: I_{1/(rate+1)}(k, shape).</summary>
    internal static double UpperTail(int k, double shape, double rate) =>
        k <= 0 ? 1 : SpecialFunctions.BetaRegularized(k, shape, 1 / (rate + 1));

    /// <summary>A negative binomial predictive: the Gamma(shape, rate) mixture of Poissons; its mean is shape / rate.</summary>
    internal readonly record struct Predictive(double Shape, double Rate)
    {
        public double Mean => Shape / Rate;

        public double UpperTail(int k) => CountModel.UpperTail(k, Shape, Rate);

        public Tail Tail(double value) => new(UpperTail((int)Math.Round(value)), Mean);
    }
}
