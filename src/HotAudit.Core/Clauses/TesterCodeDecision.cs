namespace HotAudit.Core.Clauses;

/// <summary>The tester code of an assessment, or why there is none.</summary>
/// <param name="Code">The code (e.g. <c>B1</c>), or null when the assessment is incomplete.</param>
/// <param name="Provisional">The code the verdicts so far give: what a tester would sign once the incomplete clauses are
/// decided without changing anything (a <c>1</c> here is already certain; a <c>0</c> is not).</param>
/// <param name="Incomplete">The in-scope shall clauses without a verdict from evidence; empty when a code is issued.</param>
public sealed record TesterCodeDecision(string? Code, string Provisional, IReadOnlyList<ClauseResult> Incomplete)
{
    /// <summary>The ids of the incomplete clauses, comma-separated.</summary>
    public string IncompleteIds => string.Join(", ", Incomplete.Select(c => c.Clause.Id));

    /// <summary>Why no code was issued, in English; null when a code was.</summary>
    public string? Reason => Code is null
        ? $"no tester code: the assessment is incomplete (clauses {IncompleteIds} have no verdict from evidence)"
            + (Provisional[1] == '1' ? $"; a nonconformity was already found ({Provisional} once complete)" : "")
        : null;

    /// <summary>Why no code was issued, in Chinese; null when a code was.</summary>
    public string? ReasonZh => Code is null
        ? $"无检测者代码：评估不完整 (条款 {IncompleteIds} 没有基于证据的结论)"
            + (Provisional[1] == '1' ? $"；已发现不符合项 (完成后为 {Provisional})" : "")
        : null;
}
