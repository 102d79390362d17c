using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using YamlDotNet.RepresentationModel;

namespace HotAudit.Ingestion;

/// <summary>
/// The three fields of a kind's section. Targets must be canonical columns of the kind, and every value a mapping
/// writes into an enum or boolean column must be one the contract accepts, so a typo fails here, not row by row.
/// </summary>
internal static class MappingSections
{
    /// <summary><c>columns</c>: source column → a canonical column, or a list of them (the value is copied into each).</summary>
    public static Dictionary<string, int[]> Columns(string file, Schema schema, YamlMappingNode node)
    {
        var result = new Dictionary<string, int[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (keyNode, target) in node.Children)
        {
            var source = MappingErrors.Key(file, keyNode);
            var targets = target is YamlSequenceNode list ? list.Children : [target];
            var slots = targets.Select(t => SlotOf(file, schema, t, MappingErrors.Text(file, t, $"columns.{source}"))).Distinct().ToArray();
            if (slots.Length == 0 || !result.TryAdd(source, slots))
            {
                throw MappingErrors.At(file, keyNode, slots.Length == 0
                    ? $"columns.{source} names no column" : $"columns: '{source}' is given twice (names are case-insensitive)");
            }
        }
        return result;
    }

    /// <summary><c>values</c>: canonical column → (source value → contract value); an empty contract value makes the field absent.</summary>
    public static Dictionary<int, Dictionary<string, string>> Values(string file, Schema schema, YamlMappingNode node)
    {
        var result = new Dictionary<int, Dictionary<string, string>>();
        foreach (var (keyNode, mapNode) in node.Children)
        {
            var slot = SlotOf(file, schema, keyNode, MappingErrors.Key(file, keyNode));
            var column = schema.Columns[slot];
            var map = result.TryGetValue(slot, out var existing) ? existing
                : result[slot] = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (fromNode, toNode) in MappingErrors.Map(file, mapNode, $"values.{column.Name}").Children)
            {
                var from = MappingErrors.Text(file, fromNode, $"values.{column.Name}") ?? string.Empty;
                var to = MappingErrors.Text(file, toNode, $"values.{column.Name}.{from}") ?? string.Empty;
                Check(file, toNode, column, to);
                if (!map.TryAdd(from, to))
                {
                    throw MappingErrors.At(file, fromNode, $"values.{column.Name}: '{from}' is given twice (values are case-insensitive)");
                }
            }
        }
        return result;
    }

    /// <summary><c>defaults</c>: canonical column → the value a row that has none gets.</summary>
    public static Dictionary<int, string> Defaults(string file, Schema schema, YamlMappingNode node)
    {
        var result = new Dictionary<int, string>();
        foreach (var (keyNode, valueNode) in node.Children)
        {
            var slot = SlotOf(file, schema, keyNode, MappingErrors.Key(file, keyNode));
            var column = schema.Columns[slot];
            var value = MappingErrors.Text(file, valueNode, $"defaults.{column.Name}");
            if (string.IsNullOrEmpty(value))
            {
                throw MappingErrors.At(file, valueNode, $"defaults.{column.Name} needs a value");
            }
            Check(file, valueNode, column, value);
            result[slot] = value;
        }
        return result;
    }

    private static int SlotOf(string file, Schema schema, YamlNode node, string? name)
    {
        var slot = name is null ? -1 : schema.SlotOf(name);
        return slot >= 0 ? slot : throw MappingErrors.At(file, node,
            $"'{name}' is not a column of {schema.Kind.Prefix()} (expected one of {string.Join(", ", schema.Columns.Select(c => c.Name))})");
    }

    private static void Check(string file, YamlNode node, Column column, string value)
    {
        if (value.Length == 0)
        {
            return;
        }
        if (column.Type == ColumnType.Enum && !column.Vocabulary!.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            throw MappingErrors.At(file, node, $"{column.Name}: '{value}' is not one of {string.Join(", ", column.Vocabulary!)}");
        }
        if (column.Type == ColumnType.Bool && RowValidator.ReadBool(value) is null)
        {
            throw MappingErrors.At(file, node, $"{column.Name}: '{value}' is not a boolean");
        }
    }
}
