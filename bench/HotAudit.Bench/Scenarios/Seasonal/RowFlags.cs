namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>What a telemetry row says besides its event: state, consent to the step, transport, install mode.</summary>
[Flags]
internal enum RowFlags : ushort
{
    None = 0,
    Background = 1,
    UserInitiated = 2,
    Http = 4,
    Immediate = 8,
    OnNextRestart = 16,
    OnNextSuspend = 32,
    Silent = 64,
}
