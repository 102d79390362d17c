using System.Collections.Concurrent;

namespace HotAudit.Core.Engine;

/// <summary>
/// The large buffers of the telemetry pass (a partition's records, its sort keys, the duplicate set), kept from one
/// evaluation to the next by a process that evaluates partition after partition on its own (a cluster's silo): each
/// evaluation takes a set and gives it back, so a partition's ~15 MB are not allocated, zeroed and faulted in anew.
/// Let go with the object.
/// </summary>
public sealed class EvaluationBuffers
{
    private readonly ConcurrentBag<DeviceOrder> _orders = [];

    internal DeviceOrder Rent() => _orders.TryTake(out var order) ? order : new DeviceOrder();

    internal void Return(DeviceOrder order) => _orders.Add(order);
}
