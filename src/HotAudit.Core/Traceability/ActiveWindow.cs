namespace HotAudit.Core.Traceability;

/// <summary>A stretch during which the patch was the active one of its app version (publish/set_active until the next change).</summary>
/// <param name="From">Start (UTC ticks).</param>
/// <param name="Until">End (UTC ticks), or null while it is still active at the end of the log.</param>
public sealed record ActiveWindow(long From, long? Until);
