using HotAudit.Core.Rules;
using HotAudit.Core.Rules.Kinds;
using HotAudit.Rules.Yaml;

namespace HotAudit.Rules.Kinds;

/// <summary>Reads a <c>kind: match</c> rule: <c>when</c>, optional <c>value</c>.</summary>
internal static class MatchReader
{
    public static Mechanism Read(YamlMap m) => new MatchMechanism(m.String("when", required: true) ?? "false", m.String("value"));
}
