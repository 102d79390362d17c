using HotAudit.Core.Data;
using HotAudit.Core.Engine;
using HotAudit.Core.Expressions;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>The compiled form of a monitor rule: reads nothing row by row, since the run's anomaly monitor produces its findings.</summary>
internal sealed class MonitorEvaluator : IEntityEvaluator
{
    public static MonitorEvaluator Instance { get; } = new();

    public void Evaluate(ReadOnlySpan<Record> rows, EvalContext context, RulePartial partial)
    {
    }
}
