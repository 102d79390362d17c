using HotAudit.Core.Rules;
using HotAudit.Core.Rules.Kinds;
using HotAudit.Rules.Yaml;

namespace HotAudit.Rules.Kinds;

/// <summary>Reads a <c>kind: share</c> rule: <c>base</c>, <c>failure</c>, <c>min_base</c>, <c>threshold</c>.</summary>
internal static class ShareReader
{
    public static Mechanism Read(YamlMap m) =>
        new ShareMechanism(m.String("base", required: true) ?? "false", m.String("failure", required: true) ?? "false",
            m.String("min_base", required: true) ?? "0", m.String("threshold", required: true) ?? "0");
}
