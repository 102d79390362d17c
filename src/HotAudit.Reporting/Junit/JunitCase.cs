using HotAudit.Core.Clauses;
using HotAudit.Core.Findings;

namespace HotAudit.Reporting.Junit;

/// <summary>
/// One clause as a JUnit test case: nonconformant fails (the message lists its findings); observation passes with its
/// findings in the output (a should clause is not a failure); manual, insufficient evidence and not applicable are skipped
/// with the reason; conformant passes.
/// </summary>
internal sealed record JunitCase(string ClassName, string Name, JunitOutcome Outcome, string Message, string Details)
{
    public static JunitCase Of(ClauseResult c, string standardLabel)
    {
        var name = $"{c.Clause.Id} {c.Clause.Title.En}";
        var className = c.Clause.Id.StartsWith("SCD", StringComparison.Ordinal) ? "T/TAF 084.4" : standardLabel;
        var open = c.Findings.Where(f => !f.Waived).ToList();
        var details = DetailsOf(c);
        return c.Verdict switch
        {
            Verdict.Nonconformant => new(className, name, JunitOutcome.Failed,
                $"{c.Verdict.Name()}: {string.Join("; ", open.Select(FindingText.Line))}", details),
            Verdict.Manual or Verdict.InsufficientEvidence or Verdict.NotApplicable =>
                new(className, name, JunitOutcome.Skipped, $"{c.Verdict.Name()}: {c.Reason}", details),
            _ => new(className, name, JunitOutcome.Passed, $"{c.Verdict.Name()}: {c.Reason}", details),
        };
    }

    private static string DetailsOf(ClauseResult c)
    {
        var lines = new List<string> { $"verdict: {c.Verdict.Name()} ({c.Reason})" };
        lines.AddRange(c.Findings.Select(f => "finding: " + Describe(f)));
        lines.AddRange(c.Observations.Select(f => "observation (basis N): " + Describe(f)));
        return lines.Count == 1 ? "" : string.Join("\n", lines);
    }

    private static string Describe(Finding f) =>
        $"{FindingText.Line(f)} — {f.Rule.Title.En}, severity {Names.Of(f.Rule.Severity)}"
        + (f.Evidence.Count > 0 ? $", first evidence {f.Evidence[0].File}:{f.Evidence[0].Line}" : "");
}
