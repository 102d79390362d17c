namespace HotAudit.Core.Contract;

/// <summary>The schemas of every tabular input of DATA-CONTRACT.md.</summary>
public static class Schemas
{
    /// <summary>Client telemetry.</summary>
    public static readonly Schema Telemetry = new(InputKind.Telemetry,
    [
        Column.Time("ts"), Column.Text("event_id"), Column.Text("app_id"), Column.Text("app_version"),
        Column.Enum("platform", Vocabulary.Platforms), Column.Text("device_id"), Column.Text("sdk_version"),
        Column.Enum("event", Vocabulary.Events), Column.Text("patch_id"), Column.Int("patch_version"), Column.Text("patch_hash"),
        Column.Enum("app_state", Vocabulary.AppStates), Column.Bool("user_initiated"),
        Column.Enum("install_mode", Vocabulary.InstallModes), Column.Enum("transport", Vocabulary.Transports),
        Column.Text("tls_version"), Column.Bool("signature_present"), Column.Text("signature_alg"), Column.Text("error_code"),
        Column.Text("os_version"), Column.Text("attrs"),
    ]);

    /// <summary>The columns every telemetry row needs besides <c>ts</c> and <c>event</c> (DATA-CONTRACT.md: empty → rejected).</summary>
    public static readonly IReadOnlyList<string> TelemetryIdentity = ["app_id", "app_version", "device_id"];

    /// <summary>The columns a file of an event log must have for any of its rows to be accepted.</summary>
    public static IReadOnlyList<string> RequiredColumns(InputKind kind) => kind switch
    {
        InputKind.Telemetry => ["ts", "event", .. TelemetryIdentity],
        InputKind.Operations => ["ts", "action"],
        _ => [],
    };

    /// <summary>The platform's operation log.</summary>
    public static readonly Schema Operations = new(InputKind.Operations,
    [
        Column.Time("ts"), Column.Text("op_id"), Column.Text("operator"), Column.Text("role"),
        Column.Enum("action", Vocabulary.Actions), Column.Text("app_id"), Column.Text("app_version"), Column.Text("patch_id"),
        Column.Int("patch_version"), Column.Text("patch_hash"), Column.Text("content"), Column.Text("approval_id"),
        Column.Enum("result", Vocabulary.Results), Column.Enum("distribution", Vocabulary.Distributions),
        Column.Text("condition"), Column.Text("signature"), Column.Text("signature_alg"), Column.Text("key_id"),
        Column.Text("tenant_id"),
    ]);

    /// <summary>The operator roster.</summary>
    public static readonly Schema Operators = new(InputKind.Operators,
    [
        Column.Text("operator"), Column.Text("role"), Column.Text("permissions"), Column.Time("valid_from"), Column.Time("valid_to"),
    ]);

    /// <summary>Patch manifests.</summary>
    public static readonly Schema Patches = new(InputKind.Patches,
    [
        Column.Text("patch_id"), Column.Text("app_id"), Column.Text("app_version"), Column.Int("patch_version"),
        Column.Text("sha256"), Column.Text("md5"), Column.Int("size"), Column.Text("signature"), Column.Text("signature_alg"),
        Column.Text("signature_format"), Column.Text("key_id"), Column.Text("file"), Column.Text("sm2_id"),
    ]);

    /// <summary>Tenants of an external provision.</summary>
    public static readonly Schema Tenants = new(InputKind.Tenants,
    [
        Column.Text("tenant_id"), Column.Text("app_ids"), Column.Time("qualification_reviewed_at"),
        Column.Enum("qualification_result", ["pass", "fail"]), Column.Time("guide_delivered_at"), Column.Time("contract_signed_at"),
        Column.Time("contract_expires_at"), Column.Bool("consent_component"),
    ]);

    /// <summary>The vulnerability register.</summary>
    public static readonly Schema Vulnerabilities = new(InputKind.Vulnerabilities,
    [
        Column.Text("vuln_id"), Column.Enum("severity", ["critical", "high", "medium", "low"]), Column.Time("discovered_at"), Column.Time("fixed_at"),
        Column.Time("users_notified_at"),
    ]);

    /// <summary>App signature records (T/TAF 084).</summary>
    public static readonly Schema AppSignatures = new(InputKind.AppSignatures,
    [
        Column.Text("app_name"), Column.Text("app_version"), Column.Text("developer"), Column.Text("app_hash"),
        Column.Text("signer_role"), Column.Text("signer"), Column.Text("custom_data"),
    ]);

    /// <summary>The schema of an input kind.</summary>
    public static Schema For(InputKind kind) => kind switch
    {
        InputKind.Telemetry => Telemetry,
        InputKind.Operations => Operations,
        InputKind.Operators => Operators,
        InputKind.Patches => Patches,
        InputKind.Tenants => Tenants,
        InputKind.Vulnerabilities => Vulnerabilities,
        InputKind.AppSignatures => AppSignatures,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
