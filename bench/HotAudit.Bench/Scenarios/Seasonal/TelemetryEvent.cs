namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>The contract's telemetry event vocabulary (written in snake_case).</summary>
internal enum TelemetryEvent : byte
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
    Crash,
    Launch,
}
