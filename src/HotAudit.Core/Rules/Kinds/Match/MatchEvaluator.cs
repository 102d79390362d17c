using System.Runtime.CompilerServices;
using HotAudit.Core.Data;
using HotAudit.Core.Engine;
using HotAudit.Core.Expressions;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>Every row for which the filter holds fires for its subject.</summary>
internal sealed class MatchEvaluator(Evaluator when, Evaluator[] subject, Evaluator? value = null, EventGuard guard = default) : IEntityEvaluator
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Evaluate(ReadOnlySpan<Record> rows, EvalContext context, RulePartial partial)
    {
        foreach (ref readonly var row in rows)
        {
            if (guard.Skips(row) || !when(row, context).IsTrue)
            {
                continue;
            }
            var key = SubjectKey.Of(subject, row, context);
            if (value is null)
            {
                partial.Hit(key, row);
            }
            else if (value(row, context).TryNumber(context.Symbols, out var n))
            {
                partial.Evidence(key, row);
                partial.Add(key, (long)Math.Round(n), row.Ts, row.Ts);
            }
        }
    }
}
