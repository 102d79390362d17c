using MathNet.Numerics;

namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// Small daily counts (publishes, rollbacks, operators, patches): a Gamma–Poisson model. The daily rate has a Gamma
/// prior of <see cref="PriorEvents"/> events over <see cref="PriorDays"/> day (a quiet or young series is neither blind
/// nor hair-trigger), updated with the history; a history more variable than Poisson (its variance above its own mean)
/// widens it to the negative binomial of its dispersion. The tail is that of the predictive negative binomial.
/// </summary>
internal static class CountModel
{
    public const double PriorEvents = 0.5;
    public const double PriorDays = 1;

    public static Tail Test(double value, IReadOnlyList<HistoryPoint> history) => Fit(history).Tail(value);

    /// <summary>The predictive distribution of tomorrow's count after <paramref name="history"/>.</summary>
    public static Predictive Fit(IReadOnlyList<HistoryPoint> history) =>
        Fit(CountSums.Of(history.Select(h => h.Value)));

    /// <summary>The predictive distribution after a history given by its sums.</summary>
    public static Predictive Fit(CountSums history) => Fit(history, (PriorEvents, PriorDays));

    /// <summary>The predictive distribution after a history given by its sums, from a Gamma prior of the given events over days.</summary>
    public static Predictive Fit(CountSums history, (double Events, double Days) prior)
    {
        var m = history.Days;
        var sum = history.Sum;
        var beta = prior.Days + m;
        var mean = (prior.Events + sum) / beta;
        if (m >= 2)
        {
            // Over-dispersed is the history's variance above its own mean: against the prior-shrunk mean, a team whose
            // pool is 1 in 6 days (variance = mean) read as wildly dispersed beside a case whose teams rarely do it.
            var variance = Math.Max(0, (history.SumOfSquares - (sum * sum / m)) / (m - 1));
            var own = sum / m;
            if (variance > own)
            {
                beta = Math.Min(beta, own / (variance - own));
            }
        }
        return new Predictive(mean * beta, beta);
    }

    /// <summary>P(X ≥ k) for the negative binomial of the Gamma(shape, rate) mixture of Poissons: I_{1/(rate+1)}(k, shape).</summary>
    internal static double UpperTail(int k, double shape, double rate) =>
        k <= 0 ? 1 : SpecialFunctions.BetaRegularized(k, shape, 1 / (rate + 1));

    /// <summary>A negative binomial predictive: the Gamma(shape, rate) mixture of Poissons; its mean is shape / rate.</summary>
    internal readonly record struct Predictive(double Shape, double Rate) : ICountPredictive
    {
        public double Mean => Shape / Rate;

        public double UpperTail(int k) => CountModel.UpperTail(k, Shape, Rate);

        public Tail Tail(double value) => new(UpperTail((int)Math.Round(value)), Mean);
    }

    /// <summary>
    /// A two-part (hurdle) predictive for events that come one per active day as a rule — publishes, rollbacks: whether
    /// the day has any (<paramref name="Active"/>, from the series' own history) and how many more than one an active
    /// day has (<paramref name="Excess"/>, from the active days of the app's versions, shrunk toward the case's apps: <see cref="ExcessPools"/>).
    /// P(X ≥ k) = P(active) · P(excess ≥ k − 1).
    /// </summary>
    internal readonly record struct Hurdle(double Active, Predictive Excess) : ICountPredictive
    {
        public double Mean => Active * (1 + Excess.Mean);

        public double UpperTail(int k) => k <= 0 ? 1 : Active * Excess.UpperTail(k - 1);

        public Tail Tail(double value) => new(UpperTail((int)Math.Round(value)), Mean);
    }
}

/// <summary>
/// A release action's test (publishes, rollbacks): clause 7.2 f asks about frequent updates, and one publish or one
/// rollback in a day is how releases and rollbacks are done, however rare they are on the version. So one action is
/// never surprising (p = 1); two or more are judged by <paramref name="Inner"/>'s tail. The p-value stays valid (it is
/// never below the true tail), and the count spends none of the vector's budget on a single action.
/// </summary>
internal readonly record struct Frequent(ICountPredictive Inner) : ICountPredictive
{
    public double Mean => Inner.Mean;

    public double UpperTail(int k) => k <= 1 ? 1 : Inner.UpperTail(k);

    public Tail Tail(double value) => new(UpperTail((int)Math.Round(value)), Mean);
}

/// <summary>A count's predictive distribution: its mean and upper tail at whole numbers.</summary>
internal interface ICountPredictive
{
    /// <summary>Expected count.</summary>
    double Mean { get; }

    /// <summary>P(X ≥ k).</summary>
    double UpperTail(int k);

    /// <summary>The tail at an observed value.</summary>
    Tail Tail(double value);

    /// <summary>
    /// The tails P(X ≥ k) at or below <paramref name="rate"/>, largest first, down to <paramref name="floor"/> and at most
    /// <paramref name="max"/> of them (<see cref="CountLadders"/>): from the smallest k ≥ 1 whose tail is at most the rate
    /// (doubling from the mean, then bisection), one tail per k. A predictive with a cheaper walk of its own overrides it.
    /// </summary>
    double[] Ladder(double rate, double floor, int max)
    {
        var (lo, hi) = (0, Math.Max(1, (int)Math.Ceiling(Mean)));
        while (UpperTail(hi) > rate)
        {
            (lo, hi) = (hi, hi * 2);
        }
        while (hi - lo > 1)
        {
            var mid = lo + ((hi - lo) / 2);
            (lo, hi) = UpperTail(mid) > rate ? (mid, hi) : (lo, mid);
        }
        var list = new List<double>();
        for (var (k, tail) = (hi, UpperTail(hi)); tail >= floor && list.Count < max; tail = UpperTail(++k))
        {
            list.Add(tail);
        }
        return [.. list];
    }
}

/// <summary>A count history by its sums: days, Σ x and Σ x².</summary>
internal readonly record struct CountSums(int Days, double Sum, double SumOfSquares)
{
    public static CountSums Of(IEnumerable<double> values) =>
        values.Aggregate(default(CountSums), (s, v) => s.Add(v));

    public CountSums Add(double value) => new(Days + 1, Sum + value, SumOfSquares + (value * value));

    public static CountSums operator +(CountSums a, CountSums b) => new(a.Days + b.Days, a.Sum + b.Sum, a.SumOfSquares + b.SumOfSquares);
}
