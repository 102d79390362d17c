using HotAudit.Core.Rules;
using HotAudit.Core.Rules.Kinds;
using HotAudit.Rules.Yaml;

namespace HotAudit.Rules.Kinds;

/// <summary>Reads a <c>kind: window</c> rule: <c>when</c>, <c>within</c>, <c>threshold</c>, optional <c>key</c>.</summary>
internal static class WindowReader
{
    public static Mechanism Read(YamlMap m) =>
        new WindowMechanism(m.String("when", required: true) ?? "false", m.String("within", required: true) ?? "0s",
            m.String("threshold", required: true) ?? "0", m.Strings("key"));
}
