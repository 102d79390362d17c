namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// An empirical-Bayes Beta prior for shares seen over unequal numbers of actions (a case's apps: how many of their
/// publishes skipped the approval): each unit has a share drawn from a Beta(a, b) spread; its mean is the pooled share
/// (with a Jeffreys half-action either side) and its spread the part of the units' differences that chance alone does
/// not explain (method of moments for the beta-binomial, the intra-class correlation ρ of Kleinman 1973). The prior's
/// strength a + b = (1 − ρ) / ρ actions: units that all behave alike give a strong prior (at most <c>maxActions</c>, and never more than the actions seen),
/// units that differ widely — a CI bot that never asks for an approval beside teams that always do — a weak one (at
/// least <see cref="MinActions"/>), and each unit's own record decides; where they differ, the prior's centre is
/// Kleinman's weighted mean of the units' shares, not the pooled share (a bot with 400 unapproved publishes is one
/// unit, not 400). <see cref="GammaPrior"/> is the same for rates.
/// </summary>
internal static class BetaPrior
{
    /// <summary>The least the prior is worth, in actions: the Jeffreys prior's one.</summary>
    public const double MinActions = 1;

    /// <summary>The prior (actions that skipped, actions that did not) from the units' (k, n).</summary>
    public static (double A, double B) Estimate(IReadOnlyCollection<(double K, double N)> units, double maxActions)
    {
        var moments = PooledMoments.Of(units);
        var mean = moments.Mean;
        if (moments.Seen < 2)
        {
            return (mean * MinActions, (1 - mean) * MinActions);
        }
        // Σ (kᵢ − p nᵢ)² / nᵢ is p(1 − p)[(S − 1) + ρ(N − Σnᵢ²/N)] in expectation for beta-binomial counts.
        var rho = moments.Room <= 0 ? 0 : ((moments.Dispersion / (mean * (1 - mean))) - (moments.Seen - 1)) / moments.Room;
        if (rho > 0)
        {
            // Kleinman's weights: a unit's share is uncertain by p(1 − p)(1 + ρ(n − 1))/n, so beyond a few actions each
            // unit counts about alike instead of by its actions.
            var r = Math.Min(rho, 1);
            mean = Math.Clamp(PooledMoments.WeightedMean(units, n => n / (1 + (r * (n - 1)))), 1e-6, 1 - 1e-6);
        }
        // Never worth more than the actions it was drawn from: 0 of 200 says the share is small, not that it is 1 in 400.
        var most = Math.Max(MinActions, Math.Min(maxActions, moments.Exposure));
        var strength = rho <= 0 ? most : Math.Clamp((1 - rho) / rho, MinActions, most);
        return (mean * strength, (1 - mean) * strength);
    }
}
