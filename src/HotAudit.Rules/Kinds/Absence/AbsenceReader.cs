using HotAudit.Core.Rules;
using HotAudit.Core.Rules.Kinds;
using HotAudit.Rules.Yaml;

namespace HotAudit.Rules.Kinds;

/// <summary>Reads a <c>kind: absence</c> rule: <c>target</c>, <c>prior</c>, optional <c>key</c>, <c>strict</c>, <c>also_when</c>.</summary>
internal static class AbsenceReader
{
    public static Mechanism Read(YamlMap m) =>
        new AbsenceMechanism(m.String("target", required: true) ?? "false", m.String("prior", required: true) ?? "false",
            m.Strings("key"), m.String("strict") == "true", m.String("also_when"));
}
