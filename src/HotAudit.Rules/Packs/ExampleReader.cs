using HotAudit.Core.Contract;
using HotAudit.Core.Rules;
using HotAudit.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace HotAudit.Rules.Packs;

/// <summary>Reads a rule's examples: input rows per input kind, and the findings a must-fire example expects.</summary>
internal static class ExampleReader
{
    public static RuleExample? Read(YamlMap m, string packFolder)
    {
        var name = m.String("name", required: true) ?? "?";
        var fires = m.String("fires", required: true);
        var inputs = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>();
        foreach (var kind in Enum.GetValues<InputKind>().Where(k => k.IsTable()))
        {
            if (m.Node(kind.Prefix()) is YamlSequenceNode rows)
            {
                inputs[kind.Prefix()] = rows.Children.Select(r => Row(m, r)).ToList();
            }
        }
        var set = m.Map("set")?.Entries().ToDictionary(e => e.Key, e => YamlFiles.Scalar(e.Value) ?? "") ?? new Dictionary<string, string>();
        var periodMap = m.Map("period");
        (string, string)? period = periodMap is null ? null : (periodMap.String("from", required: true) ?? "", periodMap.String("until", required: true) ?? "");
        periodMap?.RejectUnknown("period");
        var expect = m.Node("expect") is YamlSequenceNode e ? e.Children.Select(r => Row(m, r)).ToList() : [];
        var fixture = m.String("fixture") is { } f ? Path.GetFullPath(Path.Combine(packFolder, f)) : null;
        if (fixture is not null && !Directory.Exists(fixture))
        {
            m.Issues.Add(new LintIssue(m.File, m.Line, $"example '{name}': fixture folder {fixture} not found"));
        }
        m.RejectUnknown($"example '{name}'");
        if (fires is not ("true" or "false"))
        {
            m.Issues.Add(new LintIssue(m.File, m.Line, $"example '{name}': fires must be true or false"));
            return null;
        }
        if (fires == "false" && expect.Count > 0)
        {
            m.Issues.Add(new LintIssue(m.File, m.Line, $"example '{name}' must not fire but lists expected findings"));
        }
        return new RuleExample(name, fires == "true", inputs, expect, new SourceLocation(m.File, m.Line), set, period) { Fixture = fixture };
    }

    private static IReadOnlyDictionary<string, string> Row(YamlMap owner, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            owner.Error(node, "each row must be a mapping of column: value");
            return new Dictionary<string, string>();
        }
        return map.Children.ToDictionary(kv => YamlFiles.Scalar(kv.Key) ?? "", kv => YamlFiles.Scalar(kv.Value) ?? "", StringComparer.OrdinalIgnoreCase);
    }
}
