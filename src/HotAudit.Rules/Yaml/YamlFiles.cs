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
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                stream.Load(reader);
            }
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root)
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

    public static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;
}
