namespace HotAudit.Cli.Tests.Support;

/// <summary>One row of <c>tenants.csv</c> (DATA-CONTRACT.md §3, external provision); times written in full with offset.</summary>
internal sealed record TenantRow(string TenantId, string AppIds)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "tenant_id", "app_ids", "qualification_reviewed_at", "qualification_result", "guide_delivered_at",
        "contract_signed_at", "contract_expires_at", "consent_component",
    ];

    public DateTimeOffset? ReviewedAt { get; init; }
    public string? Result { get; init; }
    public DateTimeOffset? GuideAt { get; init; }
    public DateTimeOffset? SignedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public string? Consent { get; init; }

    /// <summary>A tenant in order: reviewed (pass), guided and contracted well before <paramref name="firstPublish"/>, open contract, consent true.</summary>
    public static TenantRow Compliant(string tenantId, string appIds, DateTimeOffset firstPublish) => new(tenantId, appIds)
    {
        ReviewedAt = firstPublish.AddDays(-10), Result = "pass", GuideAt = firstPublish.AddDays(-5),
        SignedAt = firstPublish.AddDays(-5), ExpiresAt = firstPublish.AddYears(2), Consent = "true",
    };

    public IReadOnlyList<string?> Cells() =>
    [
        TenantId, AppIds, At(ReviewedAt), Result, At(GuideAt), At(SignedAt), At(ExpiresAt), Consent,
    ];

    private static string? At(DateTimeOffset? t) => t is { } v ? CaseFiles.Ts(v) : null;
}
