namespace HotAudit.Cli.Tests.Support;

/// <summary>One client telemetry event (DATA-CONTRACT.md §1). Values are raw strings so that bad ones can be written.</summary>
internal sealed record TelemetryEvent : ICaseRow
{
    /// <summary>The canonical columns, in the order every telemetry file of the builder uses.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "ts", "event_id", "app_id", "app_version", "platform", "device_id", "event", "patch_id", "patch_version",
        "patch_hash", "app_state", "user_initiated", "install_mode", "transport", "tls_version", "signature_present",
        "signature_alg", "error_code",
    ];

    public required DateTimeOffset Ts { get; init; }
    public string? RawTs { get; init; }
    public string? EventId { get; init; }
    public string? AppId { get; init; }
    public string? AppVersion { get; init; }
    public string? Platform { get; init; }
    public string? DeviceId { get; init; }
    public string? Event { get; init; }
    public string? PatchId { get; init; }
    public string? PatchVersion { get; init; }
    public string? PatchHash { get; init; }
    public string? AppState { get; init; }
    public string? UserInitiated { get; init; }
    public string? InstallMode { get; init; }
    public string? Transport { get; init; }
    public string? TlsVersion { get; init; }
    public string? SignaturePresent { get; init; }
    public string? SignatureAlg { get; init; }
    public string? ErrorCode { get; init; }

    DateTimeOffset? ICaseRow.Timestamp => Ts;

    public string? Value(string column) => column switch
    {
        "event_id" => EventId, "app_id" => AppId, "app_version" => AppVersion, "platform" => Platform,
        "device_id" => DeviceId, "event" => Event, "patch_id" => PatchId, "patch_version" => PatchVersion,
        "patch_hash" => PatchHash, "app_state" => AppState, "user_initiated" => UserInitiated,
        "install_mode" => InstallMode, "transport" => Transport, "tls_version" => TlsVersion,
        "signature_present" => SignaturePresent, "signature_alg" => SignatureAlg, "error_code" => ErrorCode,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not a telemetry column"),
    };
}
