namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// One event a device reported, as it will be written: <see cref="At"/> is the device's clock (case seconds, so a
/// skewed clock is already in it), <see cref="Patch"/> the patch number within <see cref="Version"/> (0: none).
/// <see cref="Sequence"/> numbers the events of a case in the order they happened on the devices (it makes the event id).
/// </summary>
internal readonly record struct TelemetryEvent(
    long At, int Device, int Sequence, EventKind Kind, short Version, short Patch, AppState State, bool? UserInitiated,
    InstallMode Mode, Transport Transport, ErrorCode Error);
