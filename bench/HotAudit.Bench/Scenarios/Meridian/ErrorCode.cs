namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>The error codes Meridian's SDKs report with failures.</summary>
internal enum ErrorCode : byte
{
    None,
    NetTimeout,
    HashMismatch,
    SignatureKeyUnknown,
    ApplyIo,
    DiskFull,
    DiffBaseMismatch,
    NativeCrash,
    NotResponding,
}
