using System.Runtime.CompilerServices;
using HotAudit.Core.Data;
using HotAudit.Core.Engine;
using HotAudit.Core.Expressions;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>Whole days (rounded down, never below 0) from the earliest matching row to the period end; fires below the minimum.</summary>
internal sealed class SpanEvaluator(Evaluator when, double minDays, Evaluator[] subject, EventGuard guard = default) : IEntityEvaluator
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Evaluate(ReadOnlySpan<Record> rows, EvalContext context, RulePartial partial)
    {
        var earliest = -1;
        for (var i = 0; i < rows.Length; i++)
        {
            if (!guard.Skips(rows[i]) && when(rows[i], context).IsTrue && (earliest < 0 || rows[i].Ts < rows[earliest].Ts))
            {
                earliest = i;
            }
        }
        if (earliest < 0)
        {
            return;
        }
        var days = Math.Max(0, (long)Math.Floor((context.PeriodUntil - rows[earliest].Ts) / (double)TimeSpan.TicksPerDay));
        if (days >= minDays)
        {
            return;
        }
        var key = SubjectKey.Of(subject, rows[earliest], context);
        partial.Evidence(key, rows[earliest]);
        partial.Add(key, days, rows[earliest].Ts, context.PeriodUntil);
    }
}
