using HotAudit.Yaml;
using YamlDotNet.RepresentationModel;

namespace HotAudit.Ingestion;

/// <summary>Reads the nodes of a mapping file, failing with a <see cref="CaseInputException"/> that names file and line.</summary>
internal static class MappingErrors
{
    /// <summary>An error at a node: "FILE line N: message".</summary>
    public static CaseInputException At(string file, YamlNode node, string message) =>
        new($"{file} line {node.Start.Line}: {message}");

    /// <summary>The text of a key, which must be a non-empty scalar.</summary>
    public static string Key(string file, YamlNode key) =>
        key is YamlScalarNode s && !YamlScalar.IsNull(s) && !string.IsNullOrWhiteSpace(s.Value)
            ? s.Value.Trim() : throw At(file, key, "expected a name as key");

    /// <summary>A mapping node; an empty (null) value is an empty mapping.</summary>
    public static YamlMappingNode Map(string file, YamlNode node, string what) => node switch
    {
        YamlMappingNode m => m,
        YamlScalarNode s when YamlScalar.IsNull(s) => new YamlMappingNode(),
        _ => throw At(file, node, $"'{what}' must be a mapping"),
    };

    /// <summary>The text of a scalar value, or null when it is YAML null.</summary>
    public static string? Text(string file, YamlNode node, string what) => node switch
    {
        YamlScalarNode s when YamlScalar.IsNull(s) => null,
        YamlScalarNode s => s.Value!.Trim(),
        _ => throw At(file, node, $"'{what}' must be a single value"),
    };
}
