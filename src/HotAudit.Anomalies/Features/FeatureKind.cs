namespace HotAudit.Anomalies.Features;

/// <summary>How a feature varies when nothing is wrong, which sets the noise floor of its robust z-score.</summary>
internal enum FeatureKind
{
    /// <summary>A small count (publishes, rollbacks): Poisson noise, floor √median.</summary>
    Count,

    /// <summary>A large count (active devices): compared on a log scale.</summary>
    LogCount,

    /// <summary>Events per device: floor 10 % of the median.</summary>
    Rate,

    /// <summary>A day-over-day ratio of a rate (<see cref="ApplyChange"/>): on the log scale, its base the effective events behind it.</summary>
    Change,

    /// <summary>A share of a device base: binomial noise, floor √(p(1−p)/n).</summary>
    Share,

    /// <summary>
    /// How many of the day's release actions skipped a step of the platform's process (publishes without an approval):
    /// its base the day's actions, judged against the app's earlier actions pooled with the case's (<see cref="Scoring.ProcessPools"/>).
    /// </summary>
    ProcessShare,
}
