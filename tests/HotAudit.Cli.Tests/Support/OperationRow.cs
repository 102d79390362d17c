namespace HotAudit.Cli.Tests.Support;

/// <summary>One operation-log row (DATA-CONTRACT.md §2).</summary>
internal sealed record OperationRow : ICaseRow
{
    /// <summary>The canonical columns, in the order every operation-log file of the builder uses.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "ts", "op_id", "operator", "role", "action", "app_id", "app_version", "patch_id", "patch_version", "patch_hash",
        "content", "approval_id", "result", "distribution", "condition", "signature", "signature_alg", "key_id",
    ];

    public required DateTimeOffset Ts { get; init; }
    public string? RawTs { get; init; }
    public string? OpId { get; init; }
    public string? Operator { get; init; }
    public string? Role { get; init; }
    public string? Action { get; init; }
    public string? AppId { get; init; }
    public string? AppVersion { get; init; }
    public string? PatchId { get; init; }
    public string? PatchVersion { get; init; }
    public string? PatchHash { get; init; }
    public string? Content { get; init; }
    public string? ApprovalId { get; init; }
    public string? Result { get; init; }
    public string? Distribution { get; init; }
    public string? Condition { get; init; }
    public string? Signature { get; init; }
    public string? SignatureAlg { get; init; }
    public string? KeyId { get; init; }

    DateTimeOffset? ICaseRow.Timestamp => Ts;

    public string? Value(string column) => column switch
    {
        "op_id" => OpId, "operator" => Operator, "role" => Role, "action" => Action, "app_id" => AppId,
        "app_version" => AppVersion, "patch_id" => PatchId, "patch_version" => PatchVersion, "patch_hash" => PatchHash,
        "content" => Content, "approval_id" => ApprovalId, "result" => Result, "distribution" => Distribution,
        "condition" => Condition, "signature" => Signature, "signature_alg" => SignatureAlg, "key_id" => KeyId,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not an operation-log column"),
    };
}
