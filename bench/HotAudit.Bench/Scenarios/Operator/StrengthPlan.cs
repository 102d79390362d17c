namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// The strengths injected in every case: each kind at each of its strengths once per seed, so ten seeds give every
/// (kind, strength) ten times. Counts are exact; shares and rates are targets, the truth records what was written.
/// </summary>
internal static class StrengthPlan
{
    public static readonly IReadOnlyList<int> Publishes = [2, 3, 4, 5, 6];

    public static readonly IReadOnlyList<int> Rollbacks = [2, 3, 4];

    public static readonly IReadOnlyList<int> Operators = [3, 4, 5];

    /// <summary>Target shares of the day's base for the share kinds.</summary>
    public static readonly IReadOnlyList<double> Shares = [0.1, 0.25, 0.5];

    /// <summary>Multiples of the day's ordinary applies per device.</summary>
    public static readonly IReadOnlyList<double> ApplyMultiples = [2, 4];

    /// <summary>The share kinds.</summary>
    public static readonly IReadOnlyList<string> ShareKinds =
    [
        AnomalyKinds.SilentBackground, AnomalyKinds.FailureSpike, AnomalyKinds.HttpDowngrade, AnomalyKinds.NightApplies,
        AnomalyKinds.VerifyFailedSpike,
    ];
}
