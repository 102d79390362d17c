using HotAudit.Core.Rules;
using HotAudit.Core.Rules.Kinds;
using HotAudit.Rules.Yaml;

namespace HotAudit.Rules.Kinds;

/// <summary>Reads a <c>kind: monitor</c> rule: it has no mechanism fields.</summary>
internal static class MonitorReader
{
    public static Mechanism Read(YamlMap m) => new MonitorMechanism();
}
