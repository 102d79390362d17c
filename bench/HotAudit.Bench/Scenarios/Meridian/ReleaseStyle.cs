namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>How a customer's team releases patches on the Meridian console.</summary>
internal enum ReleaseStyle
{
    /// <summary>Upload → security review → approval request → approve → publish, by the uploader or the lead; three people.</summary>
    FullChain,

    /// <summary>The full chain, but the release manager does every publish (through the API); four people.</summary>
    ReleaseManager,

    /// <summary>The full chain, and now and then a fix of the fix published the same afternoon (two publishes).</summary>
    FixOfFix,

    /// <summary>A conditional publish to a beta group, widened by targeting changes two and four or five days later.</summary>
    Staged,

    /// <summary>Three to five people touch a release day (QA and the product manager adjust targeting around the publish).</summary>
    ManyHands,
}
