using System.Security.Cryptography;
using HotAudit.Core.Contract;
using HotAudit.Core.Rules;
using HotAudit.Core.Rules.Kinds;
using HotAudit.Rules.Clauses;
using HotAudit.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace HotAudit.Rules.Packs;

/// <summary>Reads a rule pack YAML file into rules, collecting every problem with its file and line.</summary>
internal static class RulePackLoader
{
    /// <summary>Loads one pack file.</summary>
    public static RulePack? Load(string path, List<LintIssue> issues)
    {
        var root = YamlFiles.Open(path, issues);
        if (root is null)
        {
            return null;
        }
        var name = root.String("pack", required: true) ?? Path.GetFileNameWithoutExtension(path);
        var version = root.String("version", required: true) ?? "0";
        var description = root.String("description") ?? "";
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var rules = root.Maps("rules").Select(r => Rule(r, name, folder)).OfType<RuleDefinition>().ToList();
        root.RejectUnknown($"pack {name}");
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        return new RulePack(name, version, description, Path.GetFileName(path), sha, rules);
    }

    private static RuleDefinition? Rule(YamlMap m, string pack, string folder)
    {
        var id = m.String("id", required: true);
        var title = m.Map("title");
        var text = new LocalizedText(title?.String("zh", required: true) ?? "", title?.String("en", required: true) ?? "");
        title?.RejectUnknown("title");
        var basis = Enum.TryParse<Basis>(m.String("basis", required: true), out var b) ? b : Bad(m, "basis must be T or N", Basis.T);
        var severity = Enum.TryParse<Severity>(m.String("severity", required: true), true, out var s) ? s
            : Bad(m, "severity must be critical, high, medium, low or info", Severity.Info);
        var source = InputKinds.TryParse(m.String("source", required: true) ?? "", out var src) && src.IsTable() ? src
            : Bad(m, $"source must be one of {string.Join(", ", Enum.GetValues<InputKind>().Where(k => k.IsTable()).Select(k => k.Prefix()))}", InputKind.Telemetry);
        var count = m.String("count", required: true) switch
        {
            "devices" => CountMode.Devices,
            "rows" => CountMode.Rows,
            "one" => CountMode.One,
            "window_max" => CountMode.WindowMax,
            "value" => CountMode.Value,
            var c => Bad(m, $"count must be devices, rows, one, window_max or value, not '{c}'", CountMode.One),
        };
        var mechanism = MechanismReader.Read(m.String("kind", required: true), m);
        var rule = new RuleDefinition
        {
            Id = id ?? "?", Pack = pack, Title = text, Clauses = m.Strings("clauses"), Basis = basis, Severity = severity,
            Source = source, Requires = ClauseCatalogLoader.Kinds(m, m.Strings("requires")), Subject = Subject(m), Count = count,
            Mechanism = mechanism ?? new MatchMechanism("false"), Parameters = Parameters(m),
            Rationale = m.String("rationale", required: true) ?? "", Remediation = m.String("remediation", required: true) ?? "",
            RemediationZh = m.String("remediation_zh"),
            Examples = m.Maps("examples").Select(e => ExampleReader.Read(e, folder)).OfType<RuleExample>().ToList(),
            Location = new SourceLocation(m.File, m.Line),
            Note = m.String("note"),
            NoteZh = m.String("note_zh"),
        };
        m.RejectUnknown($"rule {id}");
        return id is null || mechanism is null ? null : rule;
    }

    private static IReadOnlyList<SubjectField> Subject(YamlMap m)
    {
        var node = m.Node("subject");
        if (node is not YamlSequenceNode seq)
        {
            m.Issues.Add(new LintIssue(m.File, m.Line, "subject must be a list of fields"));
            return [];
        }
        return seq.Children.Select(item => item switch
        {
            YamlScalarNode s => new SubjectField(s.Value ?? "", s.Value ?? ""),
            YamlMappingNode { Children.Count: 1 } map => new SubjectField(YamlFiles.Scalar(map.Children.First().Key) ?? "",
                YamlFiles.Scalar(map.Children.First().Value) ?? ""),
            _ => BadSubject(m, item),
        }).ToList();
    }

    private static SubjectField BadSubject(YamlMap m, YamlNode at)
    {
        m.Error(at, "a subject item is a field name or {name: expression}");
        return new SubjectField("?", "null");
    }

    private static IReadOnlyList<ParameterDefinition> Parameters(YamlMap m)
    {
        var result = new List<ParameterDefinition>();
        foreach (var (name, value, line) in m.Map("params")?.Entries() ?? [])
        {
            var map = value is YamlMappingNode pm ? new YamlMap(pm, m.File, m.Issues) : null;
            var def = map?.String("default");
            var description = map?.String("description") ?? "";
            map?.RejectUnknown($"parameter {name}");
            if (def is null)
            {
                m.Issues.Add(new LintIssue(m.File, line, $"parameter '{name}' has no default"));
                continue;
            }
            result.Add(new ParameterDefinition(name, double.TryParse(def, System.Globalization.NumberStyles.Float,
                System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : def, description));
        }
        return result;
    }

    private static T Bad<T>(YamlMap m, string message, T fallback)
    {
        m.Issues.Add(new LintIssue(m.File, m.Line, message));
        return fallback;
    }
}
