using System.Text;
using HotAudit.Signing.Formats;

namespace HotAudit.Cli.Verifying;

/// <summary>
/// Reads <c>--signature SIG</c>: a file holding base64 text (or a JWT), a file holding the raw signature bytes, or,
/// when no such file exists, the base64 text (or JWT) itself. A file counts as text when it is all base64 (or JWT)
/// characters; raw signatures practically never are (256 random bytes fall in that alphabet with odds below 2^-100).
/// </summary>
internal static class SignatureArgument
{
    /// <summary>The signature as base64 text or JWT, or null (with <paramref name="error"/>) when SIG is neither.</summary>
    public static string? Read(string sig, out string error)
    {
        error = string.Empty;
        if (File.Exists(sig))
        {
            var bytes = File.ReadAllBytes(sig);
            var text = Encoding.ASCII.GetString(bytes).Trim();
            return text.Length > 0 && IsSignatureText(text) ? text : Convert.ToBase64String(bytes);
        }
        var inline = sig.Trim();
        if (IsSignatureText(inline) && (IsJwt(inline) || !inline.Contains('.') && Base64Text.Decode(inline) is not null))
        {
            return inline;
        }
        error = $"{sig}: no such file, and not base64 signature text";
        return null;
    }

    /// <summary>A compact JWT: three parts, the header a base64url JSON object (so it starts with "ey").</summary>
    private static bool IsJwt(string text) =>
        text.Split('.') is [var header, _, _] && header.StartsWith("ey", StringComparison.Ordinal) && Base64Text.Decode(header) is not null;

    private static bool IsSignatureText(string text) =>
        text.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or '-' or '_' or '.' || char.IsWhiteSpace(c));
}
