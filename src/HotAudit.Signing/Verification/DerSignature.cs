namespace HotAudit.Signing.Verification;

/// <summary>Tells a cut-off DER signature (ECDSA, SM2) from one that is merely wrong, for a precise reason.</summary>
internal static class DerSignature
{
    /// <summary>Whether the bytes start a DER SEQUENCE whose declared length runs past their end.</summary>
    public static bool IsTruncated(ReadOnlySpan<byte> der)
    {
        if (der.Length < 2 || der[0] != 0x30)
        {
            return der.Length < 2;
        }
        int length = der[1], header = 2;
        if (length > 0x80)
        {
            var count = length & 0x7f;
            if (count > 2 || der.Length < 2 + count)
            {
                return der.Length < 2 + count;
            }
            length = count == 1 ? der[2] : (der[2] << 8) | der[3];
            header += count;
        }
        return der.Length < header + length;
    }
}
