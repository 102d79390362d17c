namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>How often an app version is patched.</summary>
internal enum Cadence
{
    /// <summary>0–1 operations a week: a patch every few weeks, or none.</summary>
    Quiet,
    Normal,
    Busy,
}
