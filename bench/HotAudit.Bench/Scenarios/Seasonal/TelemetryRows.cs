namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>The telemetry of a case as it is simulated, with a running event number for the event ids.</summary>
internal sealed class TelemetryRows
{
    public const byte NetworkTimeout = 1;
    public const byte SignatureMismatch = 2;
    public const byte ApplyIo = 3;
    public const byte NativeCrash = 4;

    public static readonly IReadOnlyList<string?> ErrorCodes = [null, "E_NET_TIMEOUT", "E_SIG_MISMATCH", "E_APPLY_IO", "SIGSEGV"];

    public List<TelemetryRow> Rows { get; } = new(1 << 20);

    public void Add(long ticks, SimVersion version, int device, TelemetryEvent kind, int patch, RowFlags flags = RowFlags.None, byte error = 0) =>
        Rows.Add(new TelemetryRow(ticks, Rows.Count, (byte)version.App.Number, (byte)version.Index, device, kind, (short)patch, flags, error));
}
