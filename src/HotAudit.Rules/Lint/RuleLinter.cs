using HotAudit.Core.Engine;
using HotAudit.Core.Rules;
using HotAudit.Core.Symbols;
using HotAudit.Rules.Clauses;
using HotAudit.Rules.Yaml;

namespace HotAudit.Rules.Lint;

/// <summary>Checks a set of packs as a whole: ids, clauses, examples, and that every expression compiles.</summary>
internal static class RuleLinter
{
    /// <summary>The problems of the set, each with file and line.</summary>
    public static IEnumerable<LintIssue> Lint(IReadOnlyList<RulePack> packs, ClauseCatalog catalog)
    {
        var rules = packs.SelectMany(p => p.Rules).ToList();
        foreach (var dup in rules.GroupBy(r => r.Id).Where(g => g.Count() > 1))
        {
            foreach (var r in dup.Skip(1))
            {
                yield return Issue(r, $"duplicate rule id {r.Id} (first at {dup.First().Location})");
            }
        }
        foreach (var dup in packs.GroupBy(p => p.Name).Where(g => g.Count() > 1))
        {
            yield return new LintIssue(dup.Last().File, 1, $"duplicate pack name {dup.Key}");
        }
        foreach (var r in rules)
        {
            foreach (var issue in LintRule(r, catalog))
            {
                yield return issue;
            }
        }
    }

    private static IEnumerable<LintIssue> LintRule(RuleDefinition r, ClauseCatalog catalog)
    {
        if (r.Clauses.Count == 0)
        {
            yield return Issue(r, $"rule {r.Id} names no clause");
        }
        foreach (var c in r.Clauses.Where(c => !catalog.Contains(c)))
        {
            yield return Issue(r, $"rule {r.Id}: unknown clause '{c}'");
        }
        if (r.Subject.Count is 0 or > Core.Engine.SubjectKey.Capacity)
        {
            yield return Issue(r, $"rule {r.Id}: subject must have 1 to {Core.Engine.SubjectKey.Capacity} fields");
        }
        if (!r.Examples.Any(e => e.MustFire) || !r.Examples.Any(e => !e.MustFire))
        {
            yield return Issue(r, $"rule {r.Id} needs at least one example that must fire and one that must not");
        }
        if (Compile(r) is { } error)
        {
            yield return Issue(r, error);
        }
    }

    private static string? Compile(RuleDefinition r)
    {
        try
        {
            new RuleCompiler(new SymbolTable(), new Dictionary<string, string>()).Check(r);
            return null;
        }
        catch (RuleCompileException e)
        {
            return $"rule {r.Id}: {e.Message[(e.Message.IndexOf(r.Id, StringComparison.Ordinal) + r.Id.Length + 2)..]}";
        }
    }

    private static LintIssue Issue(RuleDefinition r, string message) => new(r.Location.File, r.Location.Line, message);
}
