using HotAudit.Rules.Clauses;
using HotAudit.Rules.Lint;
using HotAudit.Rules.Yaml;

namespace HotAudit.Rules.Packs;

/// <summary>
/// Loads rule folders: every <c>*.yaml</c> is a pack except <c>clauses.yaml</c>, the clause catalog (taken from the first
/// folder that has one). Then lints the whole set (unknown clauses, duplicate ids, examples, expressions).
/// </summary>
public static class RuleSetLoader
{
    /// <summary>Loads and lints the folders in order.</summary>
    public static RuleSet Load(IReadOnlyList<string> folders)
    {
        var issues = new List<LintIssue>();
        ClauseCatalog? catalog = null;
        var packs = new List<Core.Rules.RulePack>();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                issues.Add(new LintIssue(folder, 0, "rule folder not found"));
                continue;
            }
            foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                if (Path.GetFileName(file) == "clauses.yaml")
                {
                    catalog ??= ClauseCatalogLoader.Load(file, issues);
                }
                else if (RulePackLoader.Load(file, issues) is { } pack)
                {
                    packs.Add(pack);
                }
            }
        }
        if (catalog is null)
        {
            issues.Add(new LintIssue(string.Join(", ", folders), 0, "no clauses.yaml (the clause catalog) in the rule folders"));
            catalog = new ClauseCatalog("TAF-HU", []);
        }
        issues.AddRange(RuleLinter.Lint(packs, catalog));
        return new RuleSet(packs, catalog, issues);
    }
}
