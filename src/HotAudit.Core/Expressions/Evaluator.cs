using HotAudit.Core.Data;

namespace HotAudit.Core.Expressions;

/// <summary>A compiled expression: reads one record (and the case's reference data) and yields a value.</summary>
public delegate Value Evaluator(in Record row, EvalContext context);
