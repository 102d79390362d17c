using HotAudit.Core.Clauses;

namespace HotAudit.Rules.Clauses;

/// <summary>The clause catalog: every clause HotAudit assesses, and the label of the hot-update standard.</summary>
public sealed record ClauseCatalog(string StandardLabel, IReadOnlyList<ClauseDefinition> Clauses)
{
    /// <summary>Whether a clause id is in the catalog.</summary>
    public bool Contains(string id) => Clauses.Any(c => c.Id == id);
}
