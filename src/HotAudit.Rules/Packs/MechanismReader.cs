using HotAudit.Core.Rules;
using HotAudit.Rules.Yaml;

namespace HotAudit.Rules.Packs;

/// <summary>Reads the mechanism fields of a rule according to its <c>kind</c>.</summary>
internal static class MechanismReader
{
    public static readonly string[] Kinds = ["match", "absence", "state", "window", "share", "gaps", "span", "increasing", "monitor"];

    public static Mechanism? Read(string? kind, YamlMap m)
    {
        switch (kind)
        {
            case "match":
                return new MatchMechanism(m.String("when", required: true) ?? "false", m.String("value"));
            case "gaps":
                return new GapsMechanism(m.String("when", required: true) ?? "false", m.String("max_gap", required: true) ?? "0s");
            case "span":
                return new SpanMechanism(m.String("when", required: true) ?? "false", m.String("min_days", required: true) ?? "0");
            case "increasing":
                return new IncreasingMechanism(m.String("when", required: true) ?? "false", m.String("value", required: true) ?? "null", m.Strings("key"));
            case "monitor":
                return new MonitorMechanism();
            case "absence":
                return new AbsenceMechanism(m.String("target", required: true) ?? "false", m.String("prior", required: true) ?? "false",
                    m.Strings("key"), m.String("strict") == "true", m.String("also_when"));
            case "state":
                return State(m);
            case "window":
                return new WindowMechanism(m.String("when", required: true) ?? "false", m.String("within", required: true) ?? "0s",
                    m.String("threshold", required: true) ?? "0", m.Strings("key"));
            case "share":
                return new ShareMechanism(m.String("base", required: true) ?? "false", m.String("failure", required: true) ?? "false",
                    m.String("min_base", required: true) ?? "0", m.String("threshold", required: true) ?? "0");
            default:
                m.Issues.Add(new LintIssue(m.File, m.Line, $"kind must be one of {string.Join(", ", Kinds)}, not '{kind}'"));
                return null;
        }
    }

    private static StateMechanism State(YamlMap m)
    {
        var setters = new List<StateSetter>();
        foreach (var (label, value, _) in m.Map("states")?.Entries() ?? [])
        {
            setters.Add(new StateSetter(YamlFiles.Scalar(value) ?? "false", label));
        }
        var ties = m.String("ties") switch
        {
            null or "undecided" => TieRule.Undecided,
            "file_order" => TieRule.FileOrder,
            var t => Bad(m, $"ties must be undecided or file_order, not '{t}'"),
        };
        return new StateMechanism(m.String("target", required: true) ?? "false", setters, m.String("fire_on", required: true) ?? "",
            m.Strings("key"), ties);
    }

    private static TieRule Bad(YamlMap m, string message)
    {
        m.Issues.Add(new LintIssue(m.File, m.Line, message));
        return TieRule.Undecided;
    }
}
