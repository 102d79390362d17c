using HotAudit.Core.Assessment;
using HotAudit.Core.Rules;

namespace HotAudit.Assessment;

/// <summary>
/// The console's last lines: why the run exits as it does (unreadable inputs, findings at or above <c>--fail-on</c>,
/// waived ones) and, when the assessment is incomplete, why there is no tester code.
/// </summary>
internal static class ExitExplanation
{
    public static IEnumerable<string> Lines(AssessmentResult r, int exit)
    {
        if (r.TesterCodeDecision.Reason is { } reason)
        {
            yield return reason;
        }
        yield return $"exit {exit}: {Why(r, exit)}";
    }

    private static string Why(AssessmentResult r, int exit)
    {
        if (exit == ExitCodes.BadInput && r.UnreadableFiles.Count == 0)
        {
            return "nothing to assess: no input gave a usable row (see data quality)";
        }
        if (exit == ExitCodes.BadInput)
        {
            return $"{r.UnreadableFiles.Count} input file(s) unusable (unreadable, or no row accepted): {string.Join(", ", r.UnreadableFiles.Select(f => f.Name))}";
        }
        if (r.FailOn is not { } level)
        {
            return $"no gate (--fail-on none); {r.Findings.Count} finding(s)";
        }
        var gate = r.GateFindings;
        var waived = r.WaivedAtGate;
        var below = r.Findings.Count(f => !f.Waived && f.Rule.Severity < level);
        var counts = gate.Count == 0
            ? $"no finding at or above {Word(level)}"
            : $"{gate.Count} finding(s) at or above {Word(level)} ({ByRule(gate)})";
        return counts + (below > 0 ? $"; {below} below it" : "") + (waived > 0 ? $"; {waived} waived" : "");
    }

    private static string Word(Severity s) => s.ToString().ToLowerInvariant();

    private static string ByRule(IEnumerable<Core.Findings.Finding> findings) =>
        string.Join(", ", findings.GroupBy(f => f.Rule.Id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(5).Select(g => $"{g.Count()} {g.Key}")) + (findings.Select(f => f.Rule.Id).Distinct().Count() > 5 ? ", ..." : "");
}
