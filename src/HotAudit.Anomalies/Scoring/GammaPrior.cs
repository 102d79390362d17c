namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// An empirical-Bayes Gamma prior for Poisson rates seen with unequal exposure: units (a case's versions, a case's apps)
/// each have a rate drawn from a Gamma(α, β) spread; its mean is the pooled rate (events over exposure, with the fixed
/// prior of <see cref="CountModel"/> added) and its spread the part of the units' differences that chance alone does not
/// explain (method of moments for Poisson rates with unequal exposure, as DerSimonian–Laird for means). The prior's
/// strength β (in units of exposure) is mean / spread: units that all behave alike give a strong prior (at most
/// <c>maxDays</c>, and at most the units' whole exposure: under complete pooling a unit's rate is the common rate as
/// Gamma(events, exposure) knows it), units that differ widely a weak one (at least <see cref="CountModel.PriorDays"/>),
/// and each unit's own record decides. Where they differ, the mean is the random-effects one (each unit's rate weighed by
/// 1 / (μ/m + τ²), DerSimonian–Laird), not the pooled rate: beside a CI bot that publishes four times on each of its
/// hundreds of release days, the teams' typical excess is the prior's centre, not the bot's.
/// </summary>
internal static class GammaPrior
{
    /// <summary>
    /// The prior (events, exposure) from the units' (events, exposure); the fixed prior of <see cref="CountModel"/>
    /// before two units with exposure are seen.
    /// </summary>
    public static (double Events, double Days) Estimate(IReadOnlyCollection<(double Events, double Exposure)> units, double maxDays)
    {
        var moments = PooledMoments.Of(units);
        if (moments.Seen < 2)
        {
            return (CountModel.PriorEvents, CountModel.PriorDays);
        }
        var mean = moments.Mean;
        // Σ (kₛ − μmₛ)² / mₛ is (S − 1)μ + τ²(M − Σmₛ²/M) in expectation for Poisson counts of rates with variance τ².
        var spread = moments.Room <= 0 ? 0 : Math.Max(0, (moments.Dispersion - ((moments.Seen - 1) * mean)) / moments.Room);
        if (spread > 0)
        {
            // Units that differ beyond chance each say what a unit's rate is, whatever their exposure; each rate is
            // uncertain by its Poisson noise μ/m plus the spread (the random-effects weights).
            mean = PooledMoments.WeightedMean(units, m => 1 / ((moments.Mean / m) + spread));
        }
        // Units that look alike (no spread beyond chance) share one rate, known from the exposure the case has seen:
        // the prior is worth that exposure at most, not more (with sparse counts — most teams never publish twice a
        // day — the moments cannot see a spread, and a prior worth thousands of days would never let a team's own
        // practice count).
        maxDays = Math.Min(maxDays, Math.Max(CountModel.PriorDays, moments.Exposure));
        var strength = spread <= 0 ? maxDays : Math.Clamp(mean / spread, CountModel.PriorDays, maxDays);
        return (mean * strength, strength);
    }
}
