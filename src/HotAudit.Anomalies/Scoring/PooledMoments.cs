namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// The moments an empirical-Bayes prior is estimated from (<see cref="GammaPrior"/> for rates, <see cref="BetaPrior"/>
/// for shares): units with events over unequal exposure (days, actions), their pooled rate with a half event over one
/// unit of exposure added, the dispersion Σ (kᵢ − μmᵢ)² / mᵢ of the units about it, and the room N − Σmᵢ²/N the units'
/// spread has in its expectation (DerSimonian–Laird; Kleinman 1973). Units without exposure are left out.
/// </summary>
internal readonly record struct PooledMoments(int Seen, double Exposure, double Mean, double Dispersion, double Room)
{
    public static PooledMoments Of(IReadOnlyCollection<(double Events, double Exposure)> units)
    {
        double sum = 0, exposure = 0, squares = 0;
        var seen = 0;
        foreach (var (events, m) in units)
        {
            if (m <= 0)
            {
                continue;
            }
            seen++;
            sum += events;
            exposure += m;
            squares += m * m;
        }
        var mean = (CountModel.PriorEvents + sum) / (CountModel.PriorDays + exposure);
        var q = 0.0;
        foreach (var (events, m) in units)
        {
            if (m > 0)
            {
                var d = events - (mean * m);
                q += d * d / m;
            }
        }
        return new PooledMoments(seen, exposure, mean, q, seen == 0 ? 0 : exposure - (squares / exposure));
    }

    /// <summary>
    /// The mean of the units' rates kᵢ/mᵢ, each weighed by <paramref name="weight"/> of its exposure: the random-effects
    /// mean (DerSimonian–Laird's second step; Kleinman's weighted estimator for shares), where units that differ beyond
    /// chance count alike instead of by their exposure — one CI bot with hundreds of active days does not make the
    /// case's typical team.
    /// </summary>
    public static double WeightedMean(IReadOnlyCollection<(double Events, double Exposure)> units, Func<double, double> weight)
    {
        double sum = 0, total = 0;
        foreach (var (events, m) in units)
        {
            if (m > 0)
            {
                var w = weight(m);
                sum += w * events / m;
                total += w;
            }
        }
        return sum / total;
    }
}
