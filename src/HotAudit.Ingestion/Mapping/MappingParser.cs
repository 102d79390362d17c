using HotAudit.Core.Contract;
using YamlDotNet.RepresentationModel;

namespace HotAudit.Ingestion;

/// <summary>
/// Reads a mapping file: optional <c>name</c> and <c>description</c>, then one section per input kind with
/// <c>columns</c>, <c>values</c> and <c>defaults</c>. Anything else, and bad YAML, is a <see cref="CaseInputException"/>
/// naming the file and the line.
/// </summary>
internal static class MappingParser
{
    private static readonly string[] SectionFields = ["columns", "values", "defaults"];

    /// <summary>Parses the file at <paramref name="path"/>; <paramref name="fallbackName"/> is its name unless it has a <c>name</c>.</summary>
    public static CaseMapping Parse(string path, string fallbackName)
    {
        var file = Path.GetFileName(path);
        var root = YamlDocument.LoadMapping(path);
        var name = fallbackName;
        var kinds = new Dictionary<InputKind, KindMapping>();
        foreach (var (keyNode, node) in root.Children)
        {
            var key = MappingErrors.Key(file, keyNode);
            if (key is "name" or "description")
            {
                var text = MappingErrors.Text(file, node, key);
                name = key == "name" && !string.IsNullOrWhiteSpace(text) ? text.Trim() : name;
            }
            else if (InputKinds.TryParse(key, out var kind) && kind.IsTable())
            {
                kinds[kind] = ParseKind(file, Schemas.For(kind), MappingErrors.Map(file, node, key));
            }
            else
            {
                throw MappingErrors.At(file, keyNode, $"unknown field '{key}' (expected name, description or an input kind: "
                    + string.Join(", ", Enum.GetValues<InputKind>().Where(k => k.IsTable()).Select(k => k.Prefix())) + ")");
            }
        }
        return new CaseMapping(name, Path.GetFullPath(path), kinds);
    }

    private static KindMapping ParseKind(string file, Schema schema, YamlMappingNode section)
    {
        YamlMappingNode columns = new(), values = new(), defaults = new();
        foreach (var (keyNode, node) in section.Children)
        {
            var key = MappingErrors.Key(file, keyNode);
            switch (key)
            {
                case "columns": columns = MappingErrors.Map(file, node, key); break;
                case "values": values = MappingErrors.Map(file, node, key); break;
                case "defaults": defaults = MappingErrors.Map(file, node, key); break;
                default:
                    throw MappingErrors.At(file, keyNode, $"unknown field '{key}' in {schema.Kind.Prefix()} (expected {string.Join(", ", SectionFields)})");
            }
        }
        return new KindMapping(
            MappingSections.Columns(file, schema, columns),
            MappingSections.Values(file, schema, values),
            MappingSections.Defaults(file, schema, defaults));
    }
}
