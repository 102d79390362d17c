namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>The accounts that run one app's patch chain: developers upload, a shared reviewer reviews, the lead approves, the release owner publishes and rolls back.</summary>
internal sealed record AppTeam(IReadOnlyList<string> Developers, string Reviewer, string Lead, string Release);
