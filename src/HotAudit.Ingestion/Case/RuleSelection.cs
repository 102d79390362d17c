using HotAudit.Yaml;
using YamlDotNet.RepresentationModel;

namespace HotAudit.Ingestion;

/// <summary>Reads the <c>rules</c> section of a case file: <c>packs</c> (a list or one name) and <c>set</c> (parameter overrides).</summary>
internal static class RuleSelection
{
    public static IReadOnlyList<string>? Packs(YamlMappingNode rules, string file)
    {
        if (!rules.Children.TryGetValue(new YamlScalarNode("packs"), out var node))
        {
            return null;
        }
        return node switch
        {
            YamlScalarNode s when YamlScalar.IsNull(s) => null,
            YamlScalarNode s => [s.Value!.Trim()],
            YamlSequenceNode seq => [.. seq.Children.Select(c => c is YamlScalarNode s && !YamlScalar.IsNull(s)
                ? s.Value!.Trim() : throw new CaseInputException($"{file}: rules.packs must list pack names"))],
            _ => throw new CaseInputException($"{file}: rules.packs must list pack names"),
        };
    }

    public static IReadOnlyDictionary<string, string> Set(YamlMappingNode rules, string file)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var set = rules.Mapping("set", file);
        if (set is null)
        {
            return result;
        }
        foreach (var (key, value) in set.Children)
        {
            if (key is not YamlScalarNode k || value is not YamlScalarNode v)
            {
                throw new CaseInputException($"{file}: rules.set must map RULE.param to a single value");
            }
            result[k.Value!.Trim()] = YamlScalar.IsNull(v) ? string.Empty : v.Value!.Trim();
        }
        return result;
    }
}
