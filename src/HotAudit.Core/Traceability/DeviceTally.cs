namespace HotAudit.Core.Traceability;

/// <summary>How many devices (app_id, device_id) reported a kind of event for a patch, and the first and last such event.</summary>
/// <param name="Devices">Distinct devices.</param>
/// <param name="First">The earliest event (UTC ticks), or null when none.</param>
/// <param name="Last">The latest event (UTC ticks), or null when none.</param>
public sealed record DeviceTally(long Devices, long? First, long? Last)
{
    /// <summary>No device.</summary>
    public static DeviceTally None { get; } = new(0, null, null);
}
