using System.Runtime.CompilerServices;
using HotAudit.Core.Data;
using HotAudit.Core.Engine;
using HotAudit.Core.Expressions;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// Per entity and subject: the entity counts toward the base when it has a base row, and fails when it has a failure
/// row of the same subject at or after its first base row. Whether the share of failing entities is too high is
/// decided once all partitions are merged (<see cref="CompiledRule.Keep"/>).
/// </summary>
internal sealed class ShareEvaluator(Evaluator baseRow, Evaluator failure, Evaluator[] subject, EventGuard guard = default) : IEntityEvaluator
{
    [ThreadStatic]
    private static Dictionary<SubjectKey, long>? _firstBase;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Evaluate(ReadOnlySpan<Record> rows, EvalContext context, RulePartial partial)
    {
        var firstBase = _firstBase ??= [];
        EarliestByKey.Collect(rows, baseRow, subject, context, firstBase, guard);
        foreach (var s in firstBase.Keys)
        {
            partial.AddBase(s);
        }
        foreach (ref readonly var row in rows)
        {
            if (!guard.Skips(row) && failure(row, context).IsTrue && firstBase.TryGetValue(SubjectKey.Of(subject, row, context), out var first) && row.Ts >= first)
            {
                partial.Hit(SubjectKey.Of(subject, row, context), row);
            }
        }
    }
}
