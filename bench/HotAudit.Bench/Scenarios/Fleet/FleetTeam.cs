namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>The people who release one app: developers upload, the lead approves, the releaser publishes.</summary>
/// <param name="Developers">One to four developer accounts.</param>
/// <param name="Lead">Approves releases and does the rare rollback.</param>
/// <param name="Releaser">Publishes: a developer, the lead, or the shared <c>ci-release-bot</c>.</param>
internal sealed record FleetTeam(IReadOnlyList<string> Developers, string Lead, string Releaser)
{
    /// <summary>Everyone on the team, distinct.</summary>
    public IEnumerable<string> Members => Developers.Append(Lead).Append(Releaser).Distinct(StringComparer.Ordinal);
}
