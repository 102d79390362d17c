using HotAudit.Core.Data;
using HotAudit.Core.Expressions;

namespace HotAudit.Core.Engine;

/// <summary>Every row for which the filter holds fires for its subject.</summary>
internal sealed class MatchEvaluator(Evaluator when, Evaluator[] subject) : IEntityEvaluator
{
    public void Evaluate(ReadOnlySpan<Record> rows, EvalContext context, RulePartial partial)
    {
        foreach (ref readonly var row in rows)
        {
            if (when(row, context).IsTrue)
            {
                partial.Hit(SubjectKey.Of(subject, row, context), row);
            }
        }
    }
}
