namespace HotAudit.Signing.Formats;

/// <summary>What was signed (DATA-CONTRACT.md §3, <c>signature_format</c>).</summary>
internal enum SignatureFormat
{
    /// <summary>The patch file's bytes (the default).</summary>
    Raw,

    /// <summary>The 64 lower-case ASCII hex characters of the patch's SHA-256, no newline (as Shorebird signs).</summary>
    DigestHex,

    /// <summary>An RS256 JWT whose <c>contentHash</c> claim is the package hash (as CodePush signs).</summary>
    CodePushJwt,

    /// <summary>The exact bytes of a manifest file, RSA-SHA256 unless named otherwise (as Expo signs).</summary>
    Manifest,
}
