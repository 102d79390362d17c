using System.Runtime.CompilerServices;
using HotAudit.Core.Data;
using HotAudit.Core.Engine;
using HotAudit.Core.Expressions;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>Counts the gaps longer than the limit between period start, each matching row inside the period, and period end.</summary>
internal sealed class GapsEvaluator(Evaluator when, long maxGapTicks, Evaluator[] subject, EventGuard guard = default) : IEntityEvaluator
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Evaluate(ReadOnlySpan<Record> rows, EvalContext context, RulePartial partial)
    {
        var points = new List<long> { context.PeriodFrom };
        var key = default(SubjectKey);
        var keyed = false;
        foreach (ref readonly var row in rows)
        {
            if (!guard.Skips(row) && when(row, context).IsTrue && row.Ts >= context.PeriodFrom && row.Ts <= context.PeriodUntil)
            {
                points.Add(row.Ts);
                key = keyed ? key : SubjectKey.Of(subject, row, context);
                keyed = true;
            }
        }
        points.Add(context.PeriodUntil);
        points.Sort();
        var gaps = 0;
        for (var i = 1; i < points.Count; i++)
        {
            gaps += points[i] - points[i - 1] > maxGapTicks ? 1 : 0;
        }
        if (gaps == 0)
        {
            return;
        }
        key = keyed ? key : SubjectKey.Of(subject, default, context);
        foreach (ref readonly var row in rows)
        {
            if (!guard.Skips(row) && when(row, context).IsTrue && row.Ts >= context.PeriodFrom && row.Ts <= context.PeriodUntil)
            {
                partial.Evidence(key, row);
            }
        }
        partial.Add(key, gaps, context.PeriodFrom, context.PeriodUntil);
    }
}
