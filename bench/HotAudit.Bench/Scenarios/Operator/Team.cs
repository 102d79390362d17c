namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>The people who run one app's patches; the security reviewer may serve several apps.</summary>
/// <param name="Developers">Upload patches and request approval.</param>
/// <param name="Reviewer">Runs the security review (the lead in the smallest teams).</param>
/// <param name="Lead">Approves, registers versions, rolls back.</param>
/// <param name="Publisher">Publishes approved patches (a developer, or a release manager).</param>
internal sealed record Team(IReadOnlyList<string> Developers, string Reviewer, string Lead, string Publisher)
{
    /// <summary>Everyone on the team.</summary>
    public IEnumerable<string> Members => Developers.Append(Reviewer).Append(Lead).Append(Publisher).Distinct();

    /// <summary>The role a member of the team acts in.</summary>
    public string RoleOf(string person) =>
        person == Lead ? "lead" : person == Reviewer ? "security" : Developers.Contains(person) ? "developer" : "release";
}
