using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HotAudit.Yaml;

/// <summary>What a scalar means to every HotAudit YAML reader: YAML 1.2 core schema null, else its text.</summary>
public static class YamlScalar
{
    /// <summary>Whether a scalar is null: unquoted and empty, <c>~</c>, <c>null</c>, <c>Null</c> or <c>NULL</c>.</summary>
    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && (string.IsNullOrEmpty(scalar.Value) || scalar.Value is "~" or "null" or "Null" or "NULL");

    /// <summary>The text of a scalar node; null for a null scalar, a missing node or a node that is not a scalar.</summary>
    public static string? Text(YamlNode? node) => node is YamlScalarNode s && !IsNull(s) ? s.Value : null;
}
