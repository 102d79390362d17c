using HotAudit.Core.Rules;
using HotAudit.Rules.Yaml;

namespace HotAudit.Rules.Packs;

/// <summary>Reads the mechanism fields of a rule according to its <c>kind</c> (each kind reads its own: <see cref="Mechanism.Read"/>).</summary>
internal static class MechanismReader
{
    public static Mechanism? Read(string? kind, YamlMap m)
    {
        if (Mechanism.Read(kind, m) is { } mechanism)
        {
            return mechanism;
        }
        m.Issues.Add(new LintIssue(m.File, m.Line, $"kind must be one of {string.Join(", ", Mechanism.Kinds)}, not '{kind}'"));
        return null;
    }
}
