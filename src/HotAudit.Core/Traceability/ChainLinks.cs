namespace HotAudit.Core.Traceability;

/// <summary>Picks, from a patch's steps in time order, the links its chain is judged by.</summary>
internal static class ChainLinks
{
    /// <summary>Fills <see cref="PatchTrace.Upload"/>, <see cref="PatchTrace.Review"/>, <see cref="PatchTrace.Approval"/> and <see cref="PatchTrace.Publish"/>.</summary>
    public static PatchTrace Pick(PatchTrace trace)
    {
        var steps = trace.Steps;
        var publish = steps.FirstOrDefault(s => s.Action == "publish");
        var until = publish?.Ts ?? long.MaxValue;
        return trace with
        {
            Upload = steps.FirstOrDefault(s => s.Action == "patch_upload"),
            Review = Around(steps.Where(s => s.Action == "security_review").ToList(), until),
            Approval = Approval(steps.Where(s => s.Action == "approve").ToList(), publish, until),
            Publish = publish,
        };
    }

    /// <summary>The approval the publish names by id, else the one around the publish.</summary>
    private static TraceStep? Approval(List<TraceStep> approvals, TraceStep? publish, long until)
    {
        var named = publish?.ApprovalId is { } id ? approvals.Where(a => a.ApprovalId == id).ToList() : [];
        return Around(named, until) ?? Around(approvals, until);
    }

    /// <summary>The last step at or before <paramref name="until"/>, else the first after it.</summary>
    private static TraceStep? Around(List<TraceStep> steps, long until) =>
        steps.LastOrDefault(s => s.Ts <= until) ?? steps.FirstOrDefault();
}
