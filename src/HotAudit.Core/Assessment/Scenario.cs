namespace HotAudit.Core.Assessment;

/// <summary>Which clauses are in scope: clause 6 always, 7.1 for own apps, 7.2 for service to third parties.</summary>
public enum Scenario
{
    /// <summary>Own apps: clauses 6 and 7.1.</summary>
    Internal,

    /// <summary>Third parties: clauses 6 and 7.2.</summary>
    External,
}
