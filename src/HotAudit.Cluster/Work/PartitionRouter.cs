using HotAudit.Core.Data;

namespace HotAudit.Cluster.Work;

/// <summary>Collects a chunk's accepted rows by partition (device hash mod partitions), keeping only the partitions asked for.</summary>
internal sealed class PartitionRouter(int partitions, IReadOnlySet<int>? only) : ITelemetrySink
{
    private readonly Dictionary<int, List<Record>> _rows = [];

    public IReadOnlyDictionary<int, List<Record>> Rows => _rows;

    public void Add(in Record record)
    {
        var p = (int)(record.DeviceHash % (uint)partitions);
        if (only is not null && !only.Contains(p))
        {
            return;
        }
        if (!_rows.TryGetValue(p, out var list))
        {
            _rows[p] = list = [];
        }
        list.Add(record);
    }
}
