namespace HotAudit.Core.Findings;

/// <summary>A raw row behind a finding: where it is and what it says, so the finding can be checked by hand.</summary>
/// <param name="File">File name relative to the case folder.</param>
/// <param name="Line">1-based physical line.</param>
/// <param name="Ts">Instant (UTC ticks); null for a reference row (roster, manifest, register), which has none.</param>
/// <param name="Fields">The row's telling fields (device_id, event, patch_id, ... or operator, action, ...), in order.</param>
public sealed record Evidence(string File, int Line, long? Ts, IReadOnlyList<KeyValuePair<string, string>> Fields);
