namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>The people who release one app: developers (upload, request approval), a lead (approves), a release manager (publishes), an on-call engineer (rolls back).</summary>
internal sealed record VendorTeam(IReadOnlyList<string> Developers, string Lead, string ReleaseManager, string OnCall);
