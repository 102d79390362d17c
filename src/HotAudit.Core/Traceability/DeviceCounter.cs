namespace HotAudit.Core.Traceability;

/// <summary>Counts devices and keeps the first and last event time; each device is added once (by the caller).</summary>
internal sealed class DeviceCounter
{
    private long _devices;
    private long _first = long.MaxValue;
    private long _last = long.MinValue;

    public void Add(long first, long last)
    {
        _devices++;
        _first = Math.Min(_first, first);
        _last = Math.Max(_last, last);
    }

    public void Merge(DeviceCounter other)
    {
        _devices += other._devices;
        _first = Math.Min(_first, other._first);
        _last = Math.Max(_last, other._last);
    }

    public void Write(Portable.PortableWriter writer)
    {
        writer.Long(_devices);
        writer.Long(_first);
        writer.Long(_last);
    }

    /// <summary>Adds a counter written by <see cref="Write"/>.</summary>
    public void Read(Portable.PortableReader reader)
    {
        _devices += reader.Long();
        _first = Math.Min(_first, reader.Long());
        _last = Math.Max(_last, reader.Long());
    }

    public DeviceTally ToTally() => _devices == 0 ? DeviceTally.None : new DeviceTally(_devices, _first, _last);
}
