namespace HotAudit.Signing.Formats;

/// <summary>Decodes signature text: standard or URL-safe base64, padding optional, whitespace ignored.</summary>
public static class Base64Text
{
    /// <summary>The bytes, or null when the text is not base64 (or decodes to nothing).</summary>
    public static byte[]? Decode(string text)
    {
        var s = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()).Replace('-', '+').Replace('_', '/').TrimEnd('=');
        if (s.Length % 4 == 1)
        {
            return null;
        }
        s = s.PadRight(s.Length + (4 - s.Length % 4) % 4, '=');
        var bytes = new byte[s.Length * 3 / 4];
        return Convert.TryFromBase64String(s, bytes, out var written) && written > 0 ? bytes[..written] : null;
    }
}
