namespace HotAudit.Cluster.Hosting;

/// <summary>What <see cref="MembershipLogger"/> names in its messages.</summary>
internal sealed record MembershipLogContext(string ClusterId, string Redis);
