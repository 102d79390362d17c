using System.Runtime.CompilerServices;
using HotAudit.Core.Data;
using HotAudit.Core.Engine;
using HotAudit.Core.Expressions;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>Per key, in time order: a row fires when its integer value is not above the highest earlier one; non-integers are skipped.</summary>
internal sealed class IncreasingEvaluator(Evaluator when, Evaluator value, Evaluator[] key, Evaluator[] subject, EventGuard guard = default) : IEntityEvaluator
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Evaluate(ReadOnlySpan<Record> rows, EvalContext context, RulePartial partial)
    {
        var highest = new Dictionary<SubjectKey, double>();
        foreach (ref readonly var row in rows)
        {
            if (guard.Skips(row) || !when(row, context).IsTrue || !value(row, context).TryNumber(context.Symbols, out var v) || v != Math.Floor(v))
            {
                continue;
            }
            var k = SubjectKey.Of(key, row, context);
            if (highest.TryGetValue(k, out var top) && v <= top)
            {
                partial.Hit(SubjectKey.Of(subject, row, context), row);
            }
            highest[k] = highest.TryGetValue(k, out top) ? Math.Max(top, v) : v;
        }
    }
}
