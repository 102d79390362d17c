using HotAudit.Core.Rules;
using HotAudit.Core.Rules.Kinds;
using HotAudit.Rules.Yaml;

namespace HotAudit.Rules.Kinds;

/// <summary>Reads a <c>kind: gaps</c> rule: <c>when</c>, <c>max_gap</c>.</summary>
internal static class GapsReader
{
    public static Mechanism Read(YamlMap m) =>
        new GapsMechanism(m.String("when", required: true) ?? "false", m.String("max_gap", required: true) ?? "0s");
}
