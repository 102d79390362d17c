using System.Runtime.CompilerServices;
using HotAudit.Core.Data;
using HotAudit.Core.Expressions;

namespace HotAudit.Core.Engine;

/// <summary>
/// Evaluates the telemetry rules: partition by partition (in parallel), drops duplicate events (same fingerprint; the
/// first in file order stays), orders each device's events by time, file and line, and runs every rule on each device.
/// Partials of the partitions add up, because a device lives in exactly one partition. Each partition is taken from the
/// store (its memory let go once decoded), so a store is evaluated once.
/// </summary>
internal static class TelemetryPass
{
    /// <summary>Runs the rules and observers; returns the merged partial of each, and the duplicates dropped per file index.</summary>
    /// <remarks>With <paramref name="buffers"/>, each worker takes its buffers from there and gives them back at the end.</remarks>
    public static (RulePartial[] Partials, IDevicePartial[] Observed, long[] Duplicates) Run(
        IPartitionSource store, IReadOnlyList<CompiledRule> rules, IReadOnlyList<IDeviceObserver> observers, EvalContext context,
        int evidenceCap, int fileCount, int parallelism, EvaluationBuffers? buffers = null)
    {
        var merged = rules.Select(r => r.NewPartial(evidenceCap)).ToArray();
        var observed = observers.Select(o => o.NewPartial()).ToArray();
        var duplicates = new long[fileCount];
        var gate = new Lock();
        var evaluators = rules.Select(r => r.Evaluator).ToArray();
        // Each worker keeps its buffers from partition to partition: the large arrays are allocated once per worker,
        // not once per partition, which keeps the peak working set near workers x largest partition. Workers are
        // threads of their own taking the next partition until none is left (Parallel.For replaces its workers every
        // few hundred milliseconds, and each replacement allocated, zeroed and page-faulted its ~13 MB buffers anew).
        var next = -1;
        var workers = Math.Clamp(parallelism, 1, Math.Max(1, store.Partitions));
        var tasks = new Task[workers];
        for (var w = 0; w < workers; w++)
        {
            tasks[w] = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        Task.WaitAll(tasks);
        return (merged, observed, duplicates);

        void Work()
        {
            var order = buffers?.Rent() ?? new DeviceOrder();
            int p;
            while ((p = Interlocked.Increment(ref next)) < store.Partitions)
            {
                Evaluate(p, order);
            }
            buffers?.Return(order);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void Evaluate(int p, DeviceOrder order)
        {
            var partials = rules.Select(r => r.NewPartial(evidenceCap)).ToArray();
            var seen = observers.Select(o => o.NewPartial()).ToArray();
            var dups = new long[fileCount];
            var count = store.Take(p, ref order.Records);
            var keys = order.Arrange(count, dups);
            var start = 0;
            for (var i = 1; i <= keys.Length; i++)
            {
                if (i < keys.Length && keys[i].Device == keys[start].Device)
                {
                    continue;
                }
                var rows = order.Gather(keys[start..i]);
                start = i;
                for (var r = 0; r < evaluators.Length; r++)
                {
                    partials[r].BeginEntity();
                    evaluators[r].Evaluate(rows, context, partials[r]);
                    partials[r].EndEntity();
                }
                foreach (var o in seen)
                {
                    o.Observe(rows, context);
                }
            }
            lock (gate)
            {
                for (var r = 0; r < rules.Count; r++)
                {
                    merged[r].Merge(partials[r]);
                }
                for (var o = 0; o < seen.Length; o++)
                {
                    observed[o].Merge(seen[o]);
                }
                for (var f = 0; f < fileCount; f++)
                {
                    duplicates[f] += dups[f];
                }
            }
        }
    }
}
