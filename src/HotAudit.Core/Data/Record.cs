namespace HotAudit.Core.Data;

/// <summary>
/// One accepted row of telemetry or the operation log, as a fixed-size value: its instant (UTC ticks), where it came
/// from (file index and 1-based line), a fingerprint for dropping duplicates, and the symbol of every column.
/// Unmanaged, so partitions of millions of events spill to disk and come back as one block copy.
/// </summary>
public struct Record
{
    /// <summary>The instant in UTC ticks.</summary>
    public long Ts;

    /// <summary>Index of the source file in the case's file list.</summary>
    public int File;

    /// <summary>1-based physical line in the (decompressed) file.</summary>
    public int Line;

    /// <summary>Fingerprint: of the event id when there is one, else of the raw fields.</summary>
    public UInt128 Fingerprint;

    /// <summary>Stable partition hash of the device (app_id, device_id); 0 for operation rows.</summary>
    public uint DeviceHash;

    /// <summary>Column symbols by slot.</summary>
    public FieldSlots Fields;

    /// <summary>Orders records by time, then file, then line: the order every rule reads a sequence in.</summary>
    public static int CompareByTime(in Record a, in Record b)
    {
        var c = a.Ts.CompareTo(b.Ts);
        if (c != 0)
        {
            return c;
        }
        c = a.File.CompareTo(b.File);
        return c != 0 ? c : a.Line.CompareTo(b.Line);
    }
}
