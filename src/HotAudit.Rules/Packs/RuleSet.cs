using HotAudit.Core.Rules;
using HotAudit.Rules.Clauses;
using HotAudit.Rules.Yaml;

namespace HotAudit.Rules.Packs;

/// <summary>Everything under the rule folders: the packs, the clause catalog, and every problem found reading them.</summary>
public sealed record RuleSet(IReadOnlyList<RulePack> Packs, ClauseCatalog Catalog, IReadOnlyList<LintIssue> Issues)
{
    /// <summary>Every rule of every pack.</summary>
    public IEnumerable<RuleDefinition> Rules => Packs.SelectMany(p => p.Rules);
}
