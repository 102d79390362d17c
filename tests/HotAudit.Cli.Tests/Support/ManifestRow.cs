namespace HotAudit.Cli.Tests.Support;

/// <summary>One patch manifest row of <c>patches.csv</c> (DATA-CONTRACT.md §3); reference data, no timestamp.</summary>
internal sealed record ManifestRow : ICaseRow
{
    /// <summary>The columns the builder writes.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "patch_id", "app_id", "app_version", "patch_version", "sha256", "md5", "size", "signature", "signature_alg", "key_id",
    ];

    public required string PatchId { get; init; }
    public string? AppId { get; init; }
    public string? AppVersion { get; init; }
    public string? PatchVersion { get; init; }
    public string? Sha256 { get; init; }
    public string? Md5 { get; init; }
    public string? Size { get; init; }
    public string? Signature { get; init; }
    public string? SignatureAlg { get; init; }
    public string? KeyId { get; init; }

    DateTimeOffset? ICaseRow.Timestamp => null;

    string? ICaseRow.RawTs => null;

    public string? Value(string column) => column switch
    {
        "patch_id" => PatchId, "app_id" => AppId, "app_version" => AppVersion, "patch_version" => PatchVersion,
        "sha256" => Sha256, "md5" => Md5, "size" => Size, "signature" => Signature, "signature_alg" => SignatureAlg,
        "key_id" => KeyId,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not a manifest column"),
    };
}
