using System.Globalization;
using HotAudit.Core.Contract;
using HotAudit.Core.Findings;
using HotAudit.Core.Monitoring;
using HotAudit.Core.Rules;
using HotAudit.Rules.Testing;

namespace HotAudit.Rules.Tests.Kinds;

/// <summary>
/// A rule of one kind built in code and run over a few rows through the same validation and engine as an assessment
/// (times read as +08:00); the findings come back as a user reads them: "key=value, ... count=N".
/// </summary>
internal static class KindCase
{
    public static RuleDefinition Rule(Mechanism mechanism, InputKind source, string[] subject, CountMode count, params (string Name, object Default)[] parameters) => new()
    {
        Id = "HU-T-01", Pack = "kinds", Title = new LocalizedText("规则", "rule"), Clauses = ["HU 7.2 f"], Basis = Basis.T,
        Severity = Severity.High, Source = source, Requires = [source],
        Subject = [.. subject.Select(s => s.Contains('=', StringComparison.Ordinal) ? new SubjectField(s[..s.IndexOf('=', StringComparison.Ordinal)], s[(s.IndexOf('=', StringComparison.Ordinal) + 1)..]) : new SubjectField(s, s))],
        Count = count, Mechanism = mechanism,
        Parameters = [.. parameters.Select(p => new ParameterDefinition(p.Name, p.Default, p.Name))],
        Rationale = "r", Remediation = "r", Examples = [], Location = new SourceLocation("kinds.yaml", 1),
    };

    /// <summary>The findings of the rule over telemetry or operation rows, sorted; throws when a row is rejected.</summary>
    public static IReadOnlyList<string> Findings(RuleDefinition rule, IReadOnlyList<IReadOnlyDictionary<string, string>> rows,
        (string From, string Until)? period = null, IAnomalyMonitor? monitor = null)
    {
        var input = rule.Source == InputKind.Operations ? "operations" : "telemetry";
        var example = new RuleExample("case", true, new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> { [input] = rows },
            [], rule.Location, new Dictionary<string, string>(), period);
        var (findings, problem) = RuleTester.Evaluate(rule, example, monitor: monitor);
        return problem is null ? [.. findings.Select(Describe).Order(StringComparer.Ordinal)] : throw new InvalidOperationException(problem);
    }

    /// <summary>A telemetry row of app a 1.0: time (local), device, event, patch and optional further columns.</summary>
    public static IReadOnlyDictionary<string, string> Tel(string ts, string device, string ev, string patch = "p1", params (string Column, string Value)[] more)
    {
        var row = new Dictionary<string, string>
        {
            ["ts"] = ts, ["app_id"] = "a", ["app_version"] = "1.0", ["device_id"] = device, ["event"] = ev, ["patch_id"] = patch, ["app_state"] = "foreground",
        };
        foreach (var (c, v) in more)
        {
            row[c] = v;
        }
        return row;
    }

    /// <summary>An operation-log row: time (local), action and optional further columns.</summary>
    public static IReadOnlyDictionary<string, string> Op(string ts, string action, params (string Column, string Value)[] more)
    {
        var row = new Dictionary<string, string> { ["ts"] = ts, ["operator"] = "ops", ["action"] = action, ["app_id"] = "a" };
        foreach (var (c, v) in more)
        {
            row[c] = v;
        }
        return row;
    }

    private static string Describe(Finding f) =>
        string.Join(", ", f.Subject.Select(s => $"{s.Key}={s.Value}")) + " count=" + f.Count.ToString(CultureInfo.InvariantCulture);
}
