namespace HotAudit.Assessment;

/// <summary>The exit codes of every <c>hotaudit</c> command (README, Exit codes).</summary>
public static class ExitCodes
{
    /// <summary>Done, nothing at or above --fail-on.</summary>
    public const int Ok = 0;

    /// <summary>Findings at or above --fail-on (or a failed check).</summary>
    public const int Findings = 1;

    /// <summary>Usage error or unreadable input.</summary>
    public const int BadInput = 2;

    /// <summary>Internal error.</summary>
    public const int InternalError = 3;
}
