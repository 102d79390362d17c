using System.Security.Cryptography;
using System.Text;

namespace HotAudit.Signing.Formats;

/// <summary>The bytes a <c>raw</c>, <c>manifest</c> or <c>digest-hex</c> signature covers.</summary>
internal static class SignedMessage
{
    /// <summary>Opens the message: the file itself, or the ASCII hex of its SHA-256.</summary>
    public static Stream Open(SignatureFormat format, string file)
    {
        if (format != SignatureFormat.DigestHex)
        {
            return OpenFile(file);
        }
        return new MemoryStream(Encoding.ASCII.GetBytes(Sha256Hex(file)));
    }

    /// <summary>The lower-case hex SHA-256 of a file.</summary>
    public static string Sha256Hex(string file)
    {
        using var stream = OpenFile(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static FileStream OpenFile(string file) =>
        new(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
}
