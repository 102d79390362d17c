namespace HotAudit.Core.Traceability;

/// <summary>One operation-log row about a patch, as a regulator reads it: what, who, when, with what result and approval.</summary>
/// <param name="Action">The action (<c>patch_upload</c>, <c>security_review</c>, <c>approve</c>, <c>publish</c>, ...).</param>
/// <param name="Operator">Who did it, or null when the row names nobody.</param>
/// <param name="Ts">When (UTC ticks).</param>
/// <param name="Result">The review or approval result, or null.</param>
/// <param name="ApprovalId">The approval ticket named on the row, or null.</param>
/// <param name="Distribution">A publish's distribution (<c>full</c>/<c>conditional</c>), or null.</param>
/// <param name="File">The operation-log file it came from.</param>
/// <param name="Line">Its 1-based line in that file.</param>
public sealed record TraceStep(
    string Action, string? Operator, long Ts, string? Result, string? ApprovalId, string? Distribution, string File, int Line);
