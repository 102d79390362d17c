using HotAudit.Core.Data;
using HotAudit.Core.Expressions;

namespace HotAudit.Core.Engine;

/// <summary>What an <see cref="IDeviceObserver"/> gathered over one partition.</summary>
public interface IDevicePartial
{
    /// <summary>Reads one device's events (duplicates dropped), sorted by time, file and line.</summary>
    void Observe(ReadOnlySpan<Record> device, EvalContext context);

    /// <summary>Adds another partition's partial (of the same observer) into this one.</summary>
    void Merge(IDevicePartial other);

    /// <summary>Writes this partial for another process (a cluster's coordinator), which adds it with <see cref="Read"/>.</summary>
    void Write(Portable.PortableWriter writer);

    /// <summary>Adds a partial written by <see cref="Write"/> (in any process) into this one, as <see cref="Merge"/> would.</summary>
    void Read(Portable.PortableReader reader);
}
