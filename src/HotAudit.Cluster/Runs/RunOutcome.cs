namespace HotAudit.Cluster.Runs;

/// <summary>How a cluster run ended.</summary>
/// <param name="ExitCode">The exit code a local run would have given.</param>
/// <param name="Messages">What the run said for the user (verdict line, unreadable files, problems).</param>
/// <param name="Coordinator">The silo that coordinated it.</param>
[GenerateSerializer, Immutable]
public sealed record RunOutcome([property: Id(0)] int ExitCode, [property: Id(1)] string Messages, [property: Id(2)] string Coordinator);
