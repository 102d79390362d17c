using HotAudit.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HotAudit.Rules.Yaml;

/// <summary>Opens a YAML file as a mapping, turning syntax errors into lint issues with their line.</summary>
internal static class YamlFiles
{
    public static YamlMap? Open(string path, List<LintIssue> issues)
    {
        var name = Path.GetFileName(path);
        try
        {
            var documents = YamlFile.Load(path);
            if (documents.Count == 1 && documents[0].RootNode is YamlMappingNode root)
            {
                return new YamlMap(root, name, issues);
            }
            issues.Add(new LintIssue(name, 1, "expected one YAML document holding a mapping"));
        }
        catch (YamlException e)
        {
            issues.Add(new LintIssue(name, (int)e.Start.Line, $"not valid YAML: {e.InnerException?.Message ?? e.Message}"));
        }
        catch (IOException e)
        {
            issues.Add(new LintIssue(name, 0, $"cannot read: {e.Message}"));
        }
        return null;
    }

    /// <summary>The text of a scalar, null for a YAML null (<see cref="YamlScalar.IsNull"/>) or a node that is not a scalar.</summary>
    public static string? Scalar(YamlNode node) => YamlScalar.Text(node);
}
