namespace HotAudit.Signing.Formats;

/// <summary>Reads the <c>signature_format</c> column.</summary>
internal static class SignatureFormats
{
    /// <summary>The format named, <see cref="SignatureFormat.Raw"/> when empty, null when unknown.</summary>
    public static SignatureFormat? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "raw" => SignatureFormat.Raw,
        "digest-hex" => SignatureFormat.DigestHex,
        "codepush-jwt" => SignatureFormat.CodePushJwt,
        "manifest" => SignatureFormat.Manifest,
        _ => null,
    };
}
