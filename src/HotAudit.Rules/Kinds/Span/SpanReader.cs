using HotAudit.Core.Rules;
using HotAudit.Core.Rules.Kinds;
using HotAudit.Rules.Yaml;

namespace HotAudit.Rules.Kinds;

/// <summary>Reads a <c>kind: span</c> rule: <c>when</c>, <c>min_days</c>.</summary>
internal static class SpanReader
{
    public static Mechanism Read(YamlMap m) =>
        new SpanMechanism(m.String("when", required: true) ?? "false", m.String("min_days", required: true) ?? "0");
}
