namespace HotAudit.Core.Traceability;

/// <summary>A missing or broken link of a patch's chain upload → security review → approval → publish → devices (clause 7.2 i).</summary>
public enum TraceGap
{
    /// <summary>No <c>patch_upload</c> in the log.</summary>
    NoUpload,

    /// <summary>Uploaded only after its first publish.</summary>
    UploadAfterPublish,

    /// <summary>No <c>security_review</c> in the log.</summary>
    NoReview,

    /// <summary>Published before any security review.</summary>
    PublishBeforeReview,

    /// <summary>The security review that preceded the publish failed.</summary>
    ReviewFailed,

    /// <summary>No <c>approve</c> in the log.</summary>
    NoApproval,

    /// <summary>Published before it was approved.</summary>
    PublishBeforeApproval,

    /// <summary>The approval that preceded the publish was rejected.</summary>
    ApprovalRejected,

    /// <summary>The publish names another approval id than the approval found.</summary>
    ApprovalIdMismatch,

    /// <summary>Reported by devices but never published.</summary>
    NeverPublished,

    /// <summary>Applied by devices while it was not the active patch.</summary>
    AppliedWhileInactive,
}
