namespace HotAudit.Core.Clauses;

/// <summary>When a clause is in scope.</summary>
public enum ClauseScope
{
    /// <summary>Every case (HU clause 6).</summary>
    All,

    /// <summary>The internal scenario (HU 7.1).</summary>
    Internal,

    /// <summary>The external scenario (HU 7.2).</summary>
    External,

    /// <summary>Cases with app signature records (T/TAF 084.4).</summary>
    AppSignatures,
}
