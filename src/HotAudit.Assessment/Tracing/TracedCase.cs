using HotAudit.Core.Traceability;

namespace HotAudit.Assessment.Tracing;

/// <summary>A case read for tracing: every patch's chain, the traced device's events, and the case's offset.</summary>
/// <param name="Patches">Every patch seen in the case.</param>
/// <param name="DeviceEvents">The traced device's patch events (empty without a device).</param>
/// <param name="DeviceSeen">Whether the traced device reported anything.</param>
/// <param name="Offset">The case's local offset.</param>
/// <param name="Errors">Files that could not be read, as "FILE: reason".</param>
internal sealed record TracedCase(
    IReadOnlyList<PatchTrace> Patches, IReadOnlyList<DeviceEvent> DeviceEvents, bool DeviceSeen, TimeSpan Offset, IReadOnlyList<string> Errors);
