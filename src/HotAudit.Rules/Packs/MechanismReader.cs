using HotAudit.Core.Rules;
using HotAudit.Rules.Kinds;
using HotAudit.Rules.Yaml;

namespace HotAudit.Rules.Packs;

/// <summary>Reads the mechanism fields of a rule according to its <c>kind</c>; each kind's reader is in its folder under <c>Kinds</c>.</summary>
internal static class MechanismReader
{
    private static readonly Dictionary<string, Func<YamlMap, Mechanism>> Readers = new(StringComparer.Ordinal)
    {
        ["match"] = MatchReader.Read,
        ["absence"] = AbsenceReader.Read,
        ["state"] = StateReader.Read,
        ["window"] = WindowReader.Read,
        ["share"] = ShareReader.Read,
        ["gaps"] = GapsReader.Read,
        ["span"] = SpanReader.Read,
        ["increasing"] = IncreasingReader.Read,
        ["monitor"] = MonitorReader.Read,
    };

    public static readonly string[] Kinds = [.. Readers.Keys];

    public static Mechanism? Read(string? kind, YamlMap m)
    {
        if (kind is not null && Readers.TryGetValue(kind, out var read))
        {
            return read(m);
        }
        m.Issues.Add(new LintIssue(m.File, m.Line, $"kind must be one of {string.Join(", ", Kinds)}, not '{kind}'"));
        return null;
    }
}
