using HotAudit.Core.Engine;
using HotAudit.Core.Findings;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>Compiles a share rule: base and failure filters; the minimum base and threshold are applied after merging.</summary>
internal static class ShareCompiler
{
    public static CompiledMechanism Compile(ShareMechanism sh, MechanismContext c)
    {
        var subject = c.Subject;
        var evaluator = new ShareEvaluator(c.Expr(sh.Base, "base"), c.Expr(sh.Failure, "failure"), subject);
        var share = (c.Number(sh.MinBase), c.Number(sh.Threshold));
        return new(evaluator, new ThresholdCheck(ComputationKind.Share, c.Number(sh.Threshold), 0), share);
    }
}
