namespace HotAudit.Worker;

/// <summary>How a job ended.</summary>
/// <param name="Reported">Whether its reports are in place and the run is recorded.</param>
/// <param name="ExitCode">What <c>hotaudit assess</c> would have returned.</param>
/// <param name="Messages">What the assessment said (for a failed case's error file).</param>
internal sealed record CaseOutcome(bool Reported, int ExitCode, string Messages);
