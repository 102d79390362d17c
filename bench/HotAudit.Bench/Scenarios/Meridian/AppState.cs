namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>The contract's <c>app_state</c> values, and none.</summary>
internal enum AppState : byte
{
    None,
    Foreground,
    Background,
}
