namespace HotAudit.Core.Clauses;

/// <summary>A clause verdict (CLAUSES.md).</summary>
public enum Verdict
{
    Conformant,
    Nonconformant,
    Observation,
    InsufficientEvidence,
    Manual,
    NotApplicable,
}

/// <summary>Names of verdicts in outputs.</summary>
public static class Verdicts
{
    /// <summary>The snake_case name used in findings.json and reports.</summary>
    public static string Name(this Verdict v) => v switch
    {
        Verdict.Conformant => "conformant",
        Verdict.Nonconformant => "nonconformant",
        Verdict.Observation => "observation",
        Verdict.InsufficientEvidence => "insufficient_evidence",
        Verdict.Manual => "manual",
        _ => "not_applicable",
    };
}
