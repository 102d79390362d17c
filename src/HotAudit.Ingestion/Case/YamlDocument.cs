using HotAudit.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HotAudit.Ingestion;

/// <summary>Loads a small YAML file whose root must be a mapping, turning every YAML error into a <see cref="CaseInputException"/>.</summary>
internal static class YamlDocument
{
    /// <summary>The root mapping of a file (an empty file is an empty mapping).</summary>
    public static YamlMappingNode LoadMapping(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            var documents = YamlFile.Load(path);
            if (documents.Count == 0 || documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return new YamlMappingNode();
            }
            return documents[0].RootNode as YamlMappingNode
                ?? throw new CaseInputException($"{name}: expected a mapping at the top level");
        }
        catch (YamlException e)
        {
            throw new CaseInputException($"{name}: not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new CaseInputException($"{name}: cannot be read: {e.Message}", e);
        }
    }

    /// <summary>The text of a scalar child, or null when absent or null.</summary>
    public static string? Scalar(this YamlMappingNode map, string key, string file)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            throw new CaseInputException($"{file}: '{key}' must be a single value");
        }
        return YamlScalar.IsNull(scalar) ? null : scalar.Value!.Trim();
    }

    /// <summary>A mapping child, or null when absent or null.</summary>
    public static YamlMappingNode? Mapping(this YamlMappingNode map, string key, string file)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is YamlScalarNode s && YamlScalar.IsNull(s))
        {
            return null;
        }
        return node as YamlMappingNode ?? throw new CaseInputException($"{file}: '{key}' must be a mapping");
    }
}
