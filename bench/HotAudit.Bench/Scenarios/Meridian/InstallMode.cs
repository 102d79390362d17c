namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>The contract's <c>install_mode</c> values, and none.</summary>
internal enum InstallMode : byte
{
    None,
    Immediate,
    OnNextRestart,
    OnNextResume,
    OnNextSuspend,
    Silent,
}
