namespace HotAudit.Ingestion.Live;

/// <summary>
/// One accepted row of a live batch, as the journal keeps it: its instant, the fingerprint duplicates are found by,
/// the device's partition hash (<see cref="Core.Data.Record.DeviceHash"/>, 0 for the operation log) and the row in
/// contract shape as one JSON line (canonical column names, values as sent, after the mapping).
/// </summary>
/// <param name="Ts">The row's instant, UTC ticks.</param>
/// <param name="Fingerprint">The event id's or the raw row's fingerprint, as the engine drops duplicates by.</param>
/// <param name="DeviceHash">Stable hash of (app_id, device_id): the row's partition is this modulo the partition count.</param>
/// <param name="Json">The row as one JSON object in UTF-8, no line break.</param>
public readonly record struct LiveRow(long Ts, UInt128 Fingerprint, uint DeviceHash, ReadOnlyMemory<byte> Json);
