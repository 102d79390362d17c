using HotAudit.Core.Data;
using HotAudit.Core.Expressions;

namespace HotAudit.Core.Engine;

/// <summary>A compiled mechanism: reads the rows of one entity (a device, or the whole operation log), sorted by time, file and line.</summary>
internal interface IEntityEvaluator
{
    /// <summary>Evaluates one entity's rows into the partial.</summary>
    void Evaluate(ReadOnlySpan<Record> rows, EvalContext context, RulePartial partial);
}
