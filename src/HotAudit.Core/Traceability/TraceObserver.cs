using HotAudit.Core.Engine;

namespace HotAudit.Core.Traceability;

/// <summary>
/// Gathers the device side of every patch's chain in the telemetry pass the rules already make: devices that reported,
/// downloaded and applied each patch (counts, first and last time), and applies while the patch was inactive. With a
/// device id it also keeps that device's patch events (under any app), for <c>hotaudit trace --device</c>.
/// </summary>
/// <param name="deviceId">The device whose patch events to keep, or null.</param>
public sealed class TraceObserver(string? deviceId = null) : IDeviceObserver
{
    /// <inheritdoc/>
    public IDevicePartial NewPartial() => new TracePartial(deviceId);
}
