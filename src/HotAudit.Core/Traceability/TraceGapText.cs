using HotAudit.Core.Rules;

namespace HotAudit.Core.Traceability;

/// <summary>A gap in words: a stable code for scripts and a bilingual sentence for people.</summary>
public static class TraceGapText
{
    /// <summary>The snake_case code, e.g. <c>no_review</c>.</summary>
    public static string Code(TraceGap gap) => gap switch
    {
        TraceGap.NoUpload => "no_upload",
        TraceGap.UploadAfterPublish => "upload_after_publish",
        TraceGap.NoReview => "no_review",
        TraceGap.PublishBeforeReview => "publish_before_review",
        TraceGap.ReviewFailed => "review_failed",
        TraceGap.NoApproval => "no_approval",
        TraceGap.PublishBeforeApproval => "publish_before_approval",
        TraceGap.ApprovalRejected => "approval_rejected",
        TraceGap.ApprovalIdMismatch => "approval_id_mismatch",
        TraceGap.NeverPublished => "never_published",
        _ => "applied_while_inactive",
    };

    /// <summary>The gap as a short sentence; missing links start with <c>MISSING</c>.</summary>
    public static LocalizedText Words(TraceGap gap) => gap switch
    {
        TraceGap.NoUpload => new("缺少上传记录", "MISSING upload"),
        TraceGap.UploadAfterPublish => new("发布后才上传", "upload only after publish"),
        TraceGap.NoReview => new("缺少安全审核", "MISSING security review"),
        TraceGap.PublishBeforeReview => new("安全审核前已发布", "published before security review"),
        TraceGap.ReviewFailed => new("安全审核未通过", "security review failed"),
        TraceGap.NoApproval => new("缺少审批", "MISSING approval"),
        TraceGap.PublishBeforeApproval => new("审批前已发布", "published before approval"),
        TraceGap.ApprovalRejected => new("审批被拒绝", "approval rejected"),
        TraceGap.ApprovalIdMismatch => new("发布的审批单号与审批不符", "publish names another approval id"),
        TraceGap.NeverPublished => new("设备上出现但从未发布", "MISSING publish: seen on devices but never published"),
        _ => new("未生效期间被设备应用", "applied by devices while inactive"),
    };
}
