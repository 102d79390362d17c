using HotAudit.Core.Rules;
using HotAudit.Core.Rules.Kinds;
using HotAudit.Rules.Yaml;

namespace HotAudit.Rules.Kinds;

/// <summary>Reads a <c>kind: increasing</c> rule: <c>when</c>, <c>value</c>, optional <c>key</c>.</summary>
internal static class IncreasingReader
{
    public static Mechanism Read(YamlMap m) =>
        new IncreasingMechanism(m.String("when", required: true) ?? "false", m.String("value", required: true) ?? "null", m.Strings("key"));
}
