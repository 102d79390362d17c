using HotAudit.Core.Findings;

namespace HotAudit.Reporting;

/// <summary>A finding as one line of text, the same in JUnit and SARIF: rule, subject, count.</summary>
internal static class FindingText
{
    /// <summary>The subject as <c>key=value, ...</c> in the rule's order (a missing value as <c>-</c>).</summary>
    public static string Subject(Finding f) =>
        string.Join(", ", f.Rule.Subject.Select(k => $"{k.Name}={f.Subject.FirstOrDefault(s => s.Key == k.Name)?.Value ?? "-"}"));

    /// <summary><c>HU-SIL-01 app_id=a, app_version=1.0 (count 3)</c>, plus the waiver when there is one.</summary>
    public static string Line(Finding f) =>
        $"{f.Rule.Id} {Subject(f)} (count {f.Count})" + (f.Waiver is { } w ? $" [waived: {w.Justification}]" : "");
}
