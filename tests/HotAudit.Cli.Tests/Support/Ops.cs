namespace HotAudit.Cli.Tests.Support;

/// <summary>Operation-log rows of a well-run platform; each factory fills what the contract asks for that action.</summary>
internal static class Ops
{
    /// <summary>A base64 signature; any non-empty value means "signed" to HU-SIG-01.</summary>
    public const string Signature = "c2lnbmVkLWJ5LXRoZS1yZWxlYXNlLWtleQ==";

    public static OperationRow Row(string action, DateTimeOffset ts, string appId, string? appVersion, string? patchId,
        string @operator = "rel1") => new()
    {
        Ts = ts, Operator = @operator, Action = action, AppId = appId, AppVersion = appVersion, PatchId = patchId,
    };

    public static OperationRow Upload(string appId, string appVersion, string patchId, DateTimeOffset ts, int patchVersion = 1) =>
        Row("patch_upload", ts, appId, appVersion, patchId, "dev1") with
        {
            PatchVersion = patchVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Content = "fix " + patchId,
        };

    public static OperationRow Review(string appId, string appVersion, string patchId, DateTimeOffset ts) =>
        Row("security_review", ts, appId, appVersion, patchId, "sec1") with { Result = "pass" };

    public static OperationRow ApprovalRequest(string appId, string appVersion, string patchId, DateTimeOffset ts) =>
        Row("approval_request", ts, appId, appVersion, patchId, "dev1") with { ApprovalId = "AP-" + patchId };

    public static OperationRow Approve(string appId, string appVersion, string patchId, DateTimeOffset ts) =>
        Row("approve", ts, appId, appVersion, patchId, "lead1") with { ApprovalId = "AP-" + patchId, Result = "approved" };

    /// <summary>A full, signed publish; pass <c>signature: null</c> for an unsigned one.</summary>
    public static OperationRow Publish(string appId, string appVersion, string patchId, DateTimeOffset ts,
        int patchVersion = 1, string? signature = Signature) =>
        Row("publish", ts, appId, appVersion, patchId) with
        {
            PatchVersion = patchVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Content = "fix " + patchId, Distribution = "full", Signature = signature,
            SignatureAlg = signature is null ? null : "RSA-SHA256", KeyId = signature is null ? null : "krsa",
        };

    public static OperationRow SetActive(string appId, string? appVersion, string patchId, DateTimeOffset ts) =>
        Row("set_active", ts, appId, appVersion, patchId);

    public static OperationRow Deactivate(string appId, string? appVersion, string? patchId, DateTimeOffset ts) =>
        Row("deactivate", ts, appId, appVersion, patchId);

    /// <summary>upload → security_review(pass) → approval_request → approve(approved) → publish, an hour apart, ending at <paramref name="publishAt"/>.</summary>
    public static IEnumerable<OperationRow> Cycle(string appId, string appVersion, string patchId, DateTimeOffset publishAt,
        int patchVersion = 1, string? signature = Signature) =>
    [
        Upload(appId, appVersion, patchId, publishAt.AddHours(-4), patchVersion),
        Review(appId, appVersion, patchId, publishAt.AddHours(-3)),
        ApprovalRequest(appId, appVersion, patchId, publishAt.AddHours(-2)),
        Approve(appId, appVersion, patchId, publishAt.AddHours(-1)),
        Publish(appId, appVersion, patchId, publishAt, patchVersion, signature),
    ];
}
