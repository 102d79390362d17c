using System.Runtime.CompilerServices;
using HotAudit.Core.Data;
using HotAudit.Core.Expressions;

namespace HotAudit.Core.Engine;

/// <summary>The earliest instant of the rows matching a filter, per key: shared by "before" mechanisms (absence, share).</summary>
internal static class EarliestByKey
{
    /// <summary>Fills <paramref name="earliest"/> (cleared first) with the first instant of each key's matching rows (rows the guard skips match no filter).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Collect(ReadOnlySpan<Record> rows, Evaluator filter, Evaluator[] key, EvalContext context, Dictionary<SubjectKey, long> earliest, EventGuard guard = default)
    {
        earliest.Clear();
        foreach (ref readonly var row in rows)
        {
            if (!guard.Skips(row) && filter(row, context).IsTrue)
            {
                var k = SubjectKey.Of(key, row, context);
                earliest[k] = earliest.TryGetValue(k, out var t) ? Math.Min(t, row.Ts) : row.Ts;
            }
        }
    }
}
