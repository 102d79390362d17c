namespace HotAudit.Core.Traceability;

/// <summary>The device counters of one patch, and the app it was first seen under.</summary>
internal sealed class PatchCounters
{
    public int AppId { get; set; }

    public int AppVersion { get; set; }

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
        foreach (var c in Enum.GetValues<TraceCategory>())
        {
            this[c].Write(writer);
        }
    }

    public static PatchCounters Read(Portable.PortableReader reader)
    {
        var counters = new PatchCounters { AppId = reader.Symbol(), AppVersion = reader.Symbol() };
        foreach (var c in Enum.GetValues<TraceCategory>())
        {
            counters[c].Read(reader);
        }
        return counters;
    }

    public void Merge(PatchCounters other)
    {
        if (AppId == 0)
        {
            (AppId, AppVersion) = (other.AppId, other.AppVersion);
        }
        foreach (var c in Enum.GetValues<TraceCategory>())
        {
            this[c].Merge(other[c]);
        }
    }
}
