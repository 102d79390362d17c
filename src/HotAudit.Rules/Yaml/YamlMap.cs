using HotAudit.Core.Rules;
using HotAudit.Yaml;
using YamlDotNet.RepresentationModel;

namespace HotAudit.Rules.Yaml;

/// <summary>
/// A YAML mapping read field by field: remembers which keys were read so the rest can be reported as unknown fields,
/// and reports every problem with its file and line instead of throwing.
/// </summary>
internal sealed class YamlMap(YamlMappingNode node, string file, List<LintIssue> issues) : IRuleFields
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public int Line => (int)node.Start.Line;

    public string File => file;

    public List<LintIssue> Issues => issues;

    public YamlNode? Node(string key)
    {
        _read.Add(key);
        return node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;
    }

    public string? String(string key, bool required = false)
    {
        var v = Node(key);
        if (YamlScalar.Text(v) is { } text && !string.IsNullOrWhiteSpace(text))
        {
            return text;
        }
        if (v is not null && v is not YamlScalarNode)
        {
            Error(v, $"'{key}' must be a single value");
        }
        else if (required)
        {
            issues.Add(new LintIssue(file, Line, $"missing '{key}'"));
        }
        return null;
    }

    public IReadOnlyList<string> Strings(string key)
    {
        return Node(key) switch
        {
            null => [],
            YamlScalarNode s when !string.IsNullOrWhiteSpace(YamlScalar.Text(s)) => [s.Value!],
            YamlScalarNode n when YamlScalar.IsNull(n) => [],
            YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(x => YamlScalar.Text(x) ?? "").ToList(),
            var other => Fail(other, $"'{key}' must be a list of values"),
        };
    }

    public YamlMap? Map(string key)
    {
        var v = Node(key);
        if (v is YamlMappingNode m)
        {
            return new YamlMap(m, file, issues);
        }
        if (v is not null)
        {
            Error(v, $"'{key}' must be a mapping");
        }
        return null;
    }

    public IEnumerable<YamlMap> Maps(string key)
    {
        var v = Node(key);
        if (v is not YamlSequenceNode seq)
        {
            if (v is not null)
            {
                Error(v, $"'{key}' must be a list");
            }
            yield break;
        }
        foreach (var item in seq)
        {
            if (item is YamlMappingNode m)
            {
                yield return new YamlMap(m, file, issues);
            }
            else
            {
                Error(item, $"each item of '{key}' must be a mapping");
            }
        }
    }

    /// <summary>The entries in written order (for maps whose keys are data, e.g. parameters or states).</summary>
    public IEnumerable<(string Key, YamlNode Value, int Line)> Entries()
    {
        foreach (var (k, v) in node.Children)
        {
            yield return (((YamlScalarNode)k).Value ?? "", v, (int)k.Start.Line);
        }
    }

    /// <summary>The entries of a mapping field in written order, each value's text (null when not a single value).</summary>
    public IReadOnlyList<(string Key, string? Value)> Pairs(string key) =>
        Map(key)?.Entries().Select(e => (e.Key, YamlFiles.Scalar(e.Value))).ToList() ?? [];

    /// <summary>Reports a problem at this mapping's line.</summary>
    public void Problem(string message) => issues.Add(new LintIssue(file, Line, message));

    /// <summary>Reports every key that was never read as an unknown field.</summary>
    public void RejectUnknown(string what)
    {
        foreach (var (k, _) in node.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "?";
            if (!_read.Contains(name))
            {
                issues.Add(new LintIssue(file, (int)k.Start.Line, $"unknown field '{name}' in {what}"));
            }
        }
    }

    public void Error(YamlNode at, string message) => issues.Add(new LintIssue(file, (int)at.Start.Line, message));

    private IReadOnlyList<string> Fail(YamlNode at, string message)
    {
        Error(at, message);
        return [];
    }
}
