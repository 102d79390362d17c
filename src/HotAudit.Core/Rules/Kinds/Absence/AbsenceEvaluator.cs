using System.Runtime.CompilerServices;
using HotAudit.Core.Data;
using HotAudit.Core.Engine;
using HotAudit.Core.Expressions;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// "B with no A before it": a target row fires when no prior row of the same key is earlier (or, unless strict, at
/// the same instant). The earliest prior per key is found first, so rows at one instant need no particular order.
/// </summary>
internal sealed class AbsenceEvaluator(Evaluator target, Evaluator prior, Evaluator[] key, bool strict, Evaluator? alsoWhen, Evaluator[] subject, EventGuard guard = default)
    : IEntityEvaluator
{
    [ThreadStatic]
    private static Dictionary<SubjectKey, long>? _earliest;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Evaluate(ReadOnlySpan<Record> rows, EvalContext context, RulePartial partial)
    {
        var earliest = _earliest ??= [];
        EarliestByKey.Collect(rows, prior, key, context, earliest, guard);
        foreach (ref readonly var row in rows)
        {
            if (!guard.Skips(row) && target(row, context).IsTrue && Fires(row, context, earliest))
            {
                partial.Hit(SubjectKey.Of(subject, row, context), row);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Fires(in Record row, EvalContext context, Dictionary<SubjectKey, long> earliest)
    {
        if (alsoWhen is not null && alsoWhen(row, context).IsTrue)
        {
            return true;
        }
        if (!earliest.TryGetValue(SubjectKey.Of(key, row, context), out var first))
        {
            return true;
        }
        return strict ? first >= row.Ts : first > row.Ts;
    }
}
