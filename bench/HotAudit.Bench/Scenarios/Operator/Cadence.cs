namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>How often an app version's team publishes a patch.</summary>
internal enum Cadence
{
    /// <summary>Near-daily publishes on working days, the whole chain in one day.</summary>
    Busy,
    /// <summary>A patch every 3–6 days.</summary>
    Regular,
    /// <summary>A patch every one to three weeks: 0–1 operations on most weeks.</summary>
    Quiet,
    /// <summary>An old version being phased out: almost never touched.</summary>
    Fading,
}
