namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>The telemetry event vocabulary of the data contract.</summary>
internal enum EventKind : byte
{
    ConsentPrompt,
    ConsentGranted,
    ConsentDenied,
    UpdateCheck,
    DownloadStart,
    DownloadComplete,
    DownloadFailed,
    VerifyPassed,
    VerifyFailed,
    ApplyStart,
    ApplySuccess,
    ApplyFailed,
    Rollback,
    Crash,
    Launch,
}
