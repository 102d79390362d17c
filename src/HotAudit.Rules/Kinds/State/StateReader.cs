using HotAudit.Core.Rules;
using HotAudit.Core.Rules.Kinds;
using HotAudit.Rules.Yaml;

namespace HotAudit.Rules.Kinds;

/// <summary>Reads a <c>kind: state</c> rule: <c>target</c>, <c>states</c> (label: setter, in written order), <c>fire_on</c>, optional <c>key</c> and <c>ties</c>.</summary>
internal static class StateReader
{
    public static Mechanism Read(YamlMap m)
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
