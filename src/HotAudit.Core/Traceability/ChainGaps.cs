namespace HotAudit.Core.Traceability;

/// <summary>
/// Judges a patch's chain: a published patch needs an upload, a passed security review and an approved approval before
/// its publish, and devices apply it only while it is active; a patch that devices report needs a publish. A patch that
/// was never published and never reached a device has no gaps: it was not released.
/// </summary>
internal static class ChainGaps
{
    public static IReadOnlyList<TraceGap> Of(PatchTrace t)
    {
        var gaps = new List<TraceGap>();
        if (t.Publish is null && t.Seen.Devices == 0)
        {
            return gaps;
        }
        var at = t.Publish?.Ts ?? long.MaxValue;
        Link(gaps, t.Upload, at, TraceGap.NoUpload, TraceGap.UploadAfterPublish);
        Link(gaps, t.Review, at, TraceGap.NoReview, TraceGap.PublishBeforeReview);
        if (t.Review?.Result == "fail")
        {
            gaps.Add(TraceGap.ReviewFailed);
        }
        Link(gaps, t.Approval, at, TraceGap.NoApproval, TraceGap.PublishBeforeApproval);
        if (t.Approval?.Result == "rejected")
        {
            gaps.Add(TraceGap.ApprovalRejected);
        }
        if (t.Publish?.ApprovalId is { } named && t.Approval?.ApprovalId is { } found && named != found)
        {
            gaps.Add(TraceGap.ApprovalIdMismatch);
        }
        if (t.Publish is null)
        {
            gaps.Add(TraceGap.NeverPublished);
        }
        if (t.AppliedWhileInactive.Devices > 0)
        {
            gaps.Add(TraceGap.AppliedWhileInactive);
        }
        return gaps;
    }

    private static void Link(List<TraceGap> gaps, TraceStep? step, long publishAt, TraceGap missing, TraceGap late)
    {
        if (step is null)
        {
            gaps.Add(missing);
        }
        else if (step.Ts > publishAt)
        {
            gaps.Add(late);
        }
    }
}
