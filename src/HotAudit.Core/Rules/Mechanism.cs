namespace HotAudit.Core.Rules;

/// <summary>How a rule fires: one of the engine's general mechanisms, with its expressions still as text.</summary>
public abstract record Mechanism;

/// <summary>Every row for which <paramref name="When"/> is true fires; with <paramref name="Value"/>, the count is the sum of that number over the rows.</summary>
public sealed record MatchMechanism(string When, string? Value = null) : Mechanism;

/// <summary>
/// A <paramref name="Target"/> row with no <paramref name="Prior"/> row of the same entity and key before it
/// ("B with no A before it"). Ties count as before unless <paramref name="Strict"/>, when the prior must be strictly
/// earlier. <paramref name="AlsoWhen"/> fires a target regardless of priors.
/// </summary>
public sealed record AbsenceMechanism(string Target, string Prior, IReadOnlyList<string> Key, bool Strict, string? AlsoWhen) : Mechanism;

/// <summary>A row that sets the state of its entity and key to <paramref name="Label"/> when <paramref name="When"/> holds.</summary>
public sealed record StateSetter(string When, string Label);

/// <summary>How two state answers at the same instant combine.</summary>
public enum TieRule
{
    /// <summary>Different answers at one instant leave the state undecided (fires nothing).</summary>
    Undecided,

    /// <summary>The last in file order wins.</summary>
    FileOrder,
}

/// <summary>
/// A <paramref name="Target"/> row fires when the entity's state for its key — the latest setter at or before the
/// row's instant — is <paramref name="FireOn"/> (e.g. latest consent answer is a denial).
/// </summary>
public sealed record StateMechanism(string Target, IReadOnlyList<StateSetter> Setters, string FireOn, IReadOnlyList<string> Key, TieRule Ties) : Mechanism;

/// <summary>
/// More than <paramref name="Threshold"/> rows matching <paramref name="When"/> within any sliding window of
/// <paramref name="Within"/> (closed at both ends), per entity, subject and key.
/// </summary>
public sealed record WindowMechanism(string When, string Within, string Threshold, IReadOnlyList<string> Key) : Mechanism;

/// <summary>
/// Per subject: among entities with a <paramref name="Base"/> row (at least <paramref name="MinBase"/> of them), the share
/// that also have a <paramref name="Failure"/> row of the same subject at or after their first base row exceeds
/// <paramref name="Threshold"/>.
/// </summary>
public sealed record ShareMechanism(string Base, string Failure, string MinBase, string Threshold) : Mechanism;

/// <summary>
/// Dataset assertion over the assessment period: the points are the period start, every row matching
/// <paramref name="When"/> inside the period, and the period end; the count is the number of gaps between consecutive
/// points longer than <paramref name="MaxGap"/> (HU-GOV-06).
/// </summary>
public sealed record GapsMechanism(string When, string MaxGap) : Mechanism;

/// <summary>
/// Dataset assertion: the whole days, rounded down, from the earliest row matching <paramref name="When"/> to the period
/// end; fires when below <paramref name="MinDays"/> (also at 0), with that number as the count (HU-LOG-02).
/// </summary>
public sealed record SpanMechanism(string When, string MinDays) : Mechanism;

/// <summary>
/// Rows matching <paramref name="When"/> in time order per key: fires when <paramref name="Value"/> (an integer) is not
/// above every earlier value of the same key; a non-integer value is not judged (HU-DST-04).
/// </summary>
public sealed record IncreasingMechanism(string When, string Value, IReadOnlyList<string> Key) : Mechanism;
