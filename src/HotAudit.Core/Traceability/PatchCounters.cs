namespace HotAudit.Core.Traceability;

/// <summary>
/// The device counters of one patch, and the app it was first seen under: under its earliest event (time, file, line),
/// so the answer does not depend on which partition is merged first, on one machine or on a cluster.
/// </summary>
internal sealed class PatchCounters
{
    private (long Ts, int File, int Line) _first = (long.MaxValue, int.MaxValue, int.MaxValue);

    public int AppId { get; private set; }

    public int AppVersion { get; private set; }

    /// <summary>An event of the patch under <paramref name="app"/> and <paramref name="version"/>: the app is kept when the event is the earliest yet.</summary>
    public void Saw(int app, int version, in Data.Record row) => Earliest(app, version, (row.Ts, row.File, row.Line));

    public DeviceCounter Seen { get; } = new();

    public DeviceCounter Downloaded { get; } = new();

    public DeviceCounter Applied { get; } = new();

    public DeviceCounter AppliedInactive { get; } = new();

    public DeviceCounter this[TraceCategory category] => category switch
    {
        TraceCategory.Seen => Seen,
        TraceCategory.Downloaded => Downloaded,
        TraceCategory.Applied => Applied,
        _ => AppliedInactive,
    };

    public void Write(Portable.PortableWriter writer)
    {
        writer.Symbol(AppId);
        writer.Symbol(AppVersion);
        writer.Long(_first.Ts);
        writer.Long(_first.File);
        writer.Long(_first.Line);
        foreach (var c in Enum.GetValues<TraceCategory>())
        {
            this[c].Write(writer);
        }
    }

    public static PatchCounters Read(Portable.PortableReader reader)
    {
        var counters = new PatchCounters { AppId = reader.Symbol(), AppVersion = reader.Symbol() };
        counters._first = (reader.Long(), (int)reader.Long(), (int)reader.Long());
        foreach (var c in Enum.GetValues<TraceCategory>())
        {
            counters[c].Read(reader);
        }
        return counters;
    }

    public void Merge(PatchCounters other)
    {
        Earliest(other.AppId, other.AppVersion, other._first);
        foreach (var c in Enum.GetValues<TraceCategory>())
        {
            this[c].Merge(other[c]);
        }
    }

    private void Earliest(int app, int version, (long Ts, int File, int Line) at)
    {
        if (at.CompareTo(_first) < 0)
        {
            (AppId, AppVersion, _first) = (app, version, at);
        }
    }
}
