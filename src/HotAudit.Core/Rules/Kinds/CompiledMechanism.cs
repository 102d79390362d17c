using HotAudit.Core.Engine;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// What a kind's compiler produces: the evaluator, for threshold kinds the comparison behind each finding's computation,
/// and for share rules the test applied after merging.
/// </summary>
internal sealed record CompiledMechanism(IEntityEvaluator Evaluator, ThresholdCheck? Check = null, (double MinBase, double Threshold)? Share = null);
