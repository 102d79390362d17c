namespace HotAudit.Core.Traceability;

/// <summary>One telemetry event of a traced device that concerns a patch.</summary>
/// <param name="Ts">When (UTC ticks).</param>
/// <param name="AppId">The app.</param>
/// <param name="AppVersion">The installed app version.</param>
/// <param name="Event">The event name.</param>
/// <param name="PatchId">The patch it names.</param>
/// <param name="File">The telemetry file.</param>
/// <param name="Line">Its 1-based line.</param>
public sealed record DeviceEvent(long Ts, string AppId, string AppVersion, string Event, string PatchId, string File, int Line);
