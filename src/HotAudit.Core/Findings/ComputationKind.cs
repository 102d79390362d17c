namespace HotAudit.Core.Findings;

/// <summary>The threshold mechanisms whose findings carry a <see cref="Computation"/>.</summary>
public enum ComputationKind
{
    /// <summary>Share of base entities that failed, above a threshold; base is the entities.</summary>
    Share,

    /// <summary>Rows in the fullest sliding window, above a threshold; base is the window in days.</summary>
    Window,

    /// <summary>Days of data before the period end, below a minimum; base is the period in days.</summary>
    Span,

    /// <summary>Gaps between points longer than the longest allowed (threshold, days); base is the period in days.</summary>
    Gaps,
}
