namespace HotAudit.Reporting.Junit;

/// <summary>How a clause shows in JUnit.</summary>
internal enum JunitOutcome
{
    Passed,
    Failed,
    Skipped,
    Error,
}
