namespace HotAudit.Cli.Tests.Support;

/// <summary>A finding of findings.json reduced to what the tests compare: rule, subject (values as strings), count.</summary>
internal sealed record ReportedFinding(string RuleId, IReadOnlyDictionary<string, string> Subject, int Count)
{
    public override string ToString() => SubjectKeys.Render(RuleId, Subject, Count);
}
