namespace HotAudit.Core.Engine;

/// <summary>
/// Something besides the rules that reads every device's events in the telemetry pass (e.g. the anomaly monitor's daily
/// features). Each partition gets its own partial, so observers need no locks; partials of the partitions are merged.
/// </summary>
public interface IDeviceObserver
{
    /// <summary>A new, empty partial for one partition.</summary>
    IDevicePartial NewPartial();
}
