using HotAudit.Core.Assessment;

namespace HotAudit.Reporting.Junit;

/// <summary>
/// The run's own test cases, so that a CI dashboard agrees with the exit code: the <c>--fail-on</c> gate fails exactly
/// when the run exits 1 for its findings (listing them), and unreadable inputs (exit 2) are an error.
/// </summary>
internal static class RunCases
{
    public const string ClassName = "hotaudit";

    public static IEnumerable<JunitCase> Of(AssessmentResult r)
    {
        yield return Inputs(r);
        yield return Gate(r);
    }

    private static JunitCase Inputs(AssessmentResult r)
    {
        var unreadable = r.UnreadableFiles;
        if (r.NothingAssessed && unreadable.Count == 0)
        {
            return new(ClassName, "inputs readable", JunitOutcome.Error, "nothing to assess: no input gave a usable row (exit 2)", "");
        }
        return unreadable.Count == 0
            ? new(ClassName, "inputs readable", JunitOutcome.Passed, "every input file was read", "")
            : new(ClassName, "inputs readable", JunitOutcome.Error, $"{unreadable.Count} input file(s) could not be read (exit 2)",
                string.Join("\n", unreadable.Select(f => $"{f.Name}: {f.Error}")));
    }

    private static JunitCase Gate(AssessmentResult r)
    {
        if (r.FailOn is not { } level)
        {
            return new(ClassName, "fail-on none", JunitOutcome.Passed, "no gate (--fail-on none)", "");
        }
        var name = $"fail-on {Names.Of(level)}";
        var gate = r.GateFindings;
        var waived = r.WaivedAtGate;
        var note = waived > 0 ? $"; {waived} waived" : "";
        return gate.Count == 0
            ? new(ClassName, name, JunitOutcome.Passed, $"no finding at or above {Names.Of(level)}{note}", "")
            : new(ClassName, name, JunitOutcome.Failed, $"{gate.Count} finding(s) at or above {Names.Of(level)}{note}",
                string.Join("\n", gate.Select(f => $"{Names.Of(f.Rule.Severity)}: {FindingText.Line(f)} — {f.Rule.Title.En}")));
    }
}
