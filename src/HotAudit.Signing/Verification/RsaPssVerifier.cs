using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Utilities;

namespace HotAudit.Signing.Verification;

/// <summary>
/// RSASSA-PSS verification (RFC 8017 §9.1.2, MGF1 with the message digest) that recovers the salt length from the
/// encoded message instead of assuming one: RULES.md accepts any salt length, and signers differ (OpenSSL's default
/// is the maximum, Java's and .NET's the digest length).
/// </summary>
internal static class RsaPssVerifier
{
    private const byte Trailer = 0xbc;

    public static bool Verify(RsaKeyParameters key, IDigest digest, byte[] messageHash, byte[] signature)
    {
        var s = new BigInteger(1, signature);
        if (s.CompareTo(key.Modulus) >= 0)
        {
            return false;
        }
        var emBits = key.Modulus.BitLength - 1;
        var emLength = (emBits + 7) / 8;
        var em = BigIntegers.AsUnsignedByteArray(emLength, s.ModPow(key.Exponent, key.Modulus));
        return Check(em, emBits, digest, messageHash);
    }

    private static bool Check(byte[] em, int emBits, IDigest digest, byte[] mHash)
    {
        var hLen = digest.GetDigestSize();
        var dbLength = em.Length - hLen - 1;
        var unusedBits = 8 * em.Length - emBits;
        if (dbLength < 1 || em[^1] != Trailer || (em[0] & (0xff << (8 - unusedBits)) & 0xff) != 0)
        {
            return false;
        }
        var h = em.AsSpan(dbLength, hLen).ToArray();
        var db = Mgf1(digest, h, dbLength);
        for (var i = 0; i < dbLength; i++)
        {
            db[i] ^= em[i];
        }
        db[0] &= (byte)(0xff >> unusedBits);
        var one = Array.FindIndex(db, b => b != 0);
        if (one < 0 || db[one] != 0x01)
        {
            return false;
        }
        var salt = db.AsSpan(one + 1);
        return Arrays.FixedTimeEquals(h, HashOfPrime(digest, mHash, salt));
    }

    /// <summary>H' = Hash(0x00 × 8 ‖ mHash ‖ salt).</summary>
    private static byte[] HashOfPrime(IDigest digest, byte[] mHash, ReadOnlySpan<byte> salt)
    {
        digest.Reset();
        digest.BlockUpdate(new byte[8], 0, 8);
        digest.BlockUpdate(mHash, 0, mHash.Length);
        digest.BlockUpdate(salt.ToArray(), 0, salt.Length);
        var result = new byte[digest.GetDigestSize()];
        digest.DoFinal(result, 0);
        return result;
    }

    private static byte[] Mgf1(IDigest digest, byte[] seed, int length)
    {
        var mask = new byte[length];
        var block = new byte[digest.GetDigestSize()];
        for (uint counter = 0, done = 0; done < length; counter++)
        {
            digest.Reset();
            digest.BlockUpdate(seed, 0, seed.Length);
            digest.BlockUpdate([(byte)(counter >> 24), (byte)(counter >> 16), (byte)(counter >> 8), (byte)counter], 0, 4);
            digest.DoFinal(block, 0);
            var n = Math.Min(block.Length, length - (int)done);
            Array.Copy(block, 0, mask, done, n);
            done += (uint)n;
        }
        return mask;
    }
}
