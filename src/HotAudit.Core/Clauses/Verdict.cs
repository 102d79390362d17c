namespace HotAudit.Core.Clauses;

/// <summary>A clause verdict (CLAUSES.md).</summary>
public enum Verdict
{
    /// <summary>The evidence shows the clause is met.</summary>
    Conformant,
    /// <summary>An unwaived finding of a rule judging a "shall" clause (or an attestation) shows the clause is not met.</summary>
    Nonconformant,
    /// <summary>Unwaived findings against a "should" clause: a remark, not a nonconformity.</summary>
    Observation,
    /// <summary>The inputs the clause needs are missing, so nothing can be concluded.</summary>
    InsufficientEvidence,
    /// <summary>No log can show it: it needs an attestation, which has not been given.</summary>
    Manual,
    /// <summary>The clause does not apply to the case's scenario.</summary>
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
