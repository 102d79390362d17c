using HotAudit.Core.Data;

namespace HotAudit.Core.Engine;

/// <summary>Partitions of telemetry records as <see cref="TelemetryPass"/> takes them: each once, into a buffer it reuses.</summary>
internal interface IPartitionSource
{
    /// <summary>Number of partitions.</summary>
    int Partitions { get; }

    /// <summary>
    /// Puts partition <paramref name="partition"/>'s records, in the order they were added, at the front of
    /// <paramref name="buffer"/> (replaced by a larger one when too small) and lets the partition's own memory go; returns how many.
    /// </summary>
    int Take(int partition, ref Record[] buffer);
}
