namespace HotAudit.Core.Clauses;

/// <summary>Requirement strength: 应 = shall, 宜 = should.</summary>
public enum Strength
{
    /// <summary>A failure is a nonconformity.</summary>
    Shall,

    /// <summary>A failure is an observation.</summary>
    Should,
}
