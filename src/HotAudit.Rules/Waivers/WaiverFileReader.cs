using HotAudit.Core.Findings;
using HotAudit.Core.Rules;
using HotAudit.Rules.Yaml;

namespace HotAudit.Rules.Waivers;

/// <summary>
/// Reads a waiver file: a top-level <c>waivers:</c> list whose items have <c>rule_id</c> or <c>clause</c>, an optional
/// <c>subject</c> map, <c>justification</c>, an optional <c>approved_by</c> and <c>expires</c>. Any problem — unknown
/// field, missing or empty value, bad date, bad YAML — makes the whole file unusable.
/// </summary>
public static class WaiverFileReader
{
    /// <summary>Reads the waivers in file order.</summary>
    /// <exception cref="WaiverFileException">The file cannot be used; the message names it and each problem's line.</exception>
    public static IReadOnlyList<Waiver> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var issues = new List<LintIssue>();
        var waivers = new List<Waiver>();
        if (File.Exists(path) && YamlFiles.Open(path, issues) is { } root)
        {
            if (root.Node("waivers") is null)
            {
                issues.Add(new LintIssue(root.File, root.Line, "missing 'waivers' (a list of waivers)"));
            }
            var number = 0;
            foreach (var item in root.Maps("waivers"))
            {
                number++;
                if (ReadOne(item, number) is { } waiver)
                {
                    waivers.Add(waiver);
                }
            }
            root.RejectUnknown("the waiver file");
        }
        else if (!File.Exists(path))
        {
            issues.Add(new LintIssue(Path.GetFileName(path), 0, "cannot read: no such file"));
        }
        return issues.Count > 0 ? throw new WaiverFileException(path, issues) : waivers;
    }

    private static Waiver? ReadOne(YamlMap m, int number)
    {
        var issuesBefore = m.Issues.Count;
        var ruleId = m.String("rule_id");
        var clause = m.String("clause");
        if ((ruleId is null) == (clause is null))
        {
            m.Issues.Add(new LintIssue(m.File, m.Line, $"waiver #{number} needs exactly one of 'rule_id' or 'clause'"));
        }
        var subject = Subject(m, number);
        var justification = m.String("justification", required: true);
        var approvedBy = m.String("approved_by");
        var expires = Expires(m, number);
        m.RejectUnknown($"waiver #{number}");
        return m.Issues.Count > issuesBefore || justification is null || expires is null
            ? null
            : new Waiver(number, new SourceLocation(m.File, m.Line), ruleId, clause, subject, justification.Trim(), approvedBy, expires);
    }

    private static IReadOnlyDictionary<string, string> Subject(YamlMap m, int number)
    {
        var subject = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value, line) in m.Map("subject")?.Entries() ?? [])
        {
            if (YamlFiles.Scalar(value) is { Length: > 0 } text)
            {
                subject[key] = text;
            }
            else
            {
                m.Issues.Add(new LintIssue(m.File, line, $"waiver #{number}: subject '{key}' must be a single non-empty value ('*' matches any)"));
            }
        }
        return subject;
    }

    private static WaiverExpiry? Expires(YamlMap m, int number)
    {
        var node = m.Node("expires");
        var text = m.String("expires", required: true);
        if (text is null)
        {
            return null;
        }
        if (WaiverExpiryParser.TryParse(text, out var expiry, out var error))
        {
            return expiry;
        }
        m.Issues.Add(new LintIssue(m.File, node is null ? m.Line : (int)node.Start.Line, $"waiver #{number}: {error}"));
        return null;
    }
}
