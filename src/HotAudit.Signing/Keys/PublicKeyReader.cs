using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Utilities.IO.Pem;

namespace HotAudit.Signing.Keys;

/// <summary>
/// Reads a public key from PEM: SPKI <c>PUBLIC KEY</c> (RSA, EC P-256/P-384, SM2, Ed25519), PKCS#1
/// <c>RSA PUBLIC KEY</c>, or the subject key of an X.509 <c>CERTIFICATE</c>. The first such block counts.
/// </summary>
internal static class PublicKeyReader
{
    public static LoadedKey Read(string path)
    {
        try
        {
            using var text = new StreamReader(path);
            var pem = new PemReader(text);
            for (var block = pem.ReadPemObject(); block is not null; block = pem.ReadPemObject())
            {
                if (FromBlock(block) is { } key)
                {
                    return key.IsPrivate ? new LoadedKey(null, SignatureReasons.PrivateKey) : new LoadedKey(key, null);
                }
            }
            return new LoadedKey(null, SignatureReasons.NoKeyBlock);
        }
        // A key file is untrusted input: BouncyCastle reports bad PEM, DER and key structures with many exception types,
        // and every one of them means the same thing here.
        catch (Exception e)
        {
            return new LoadedKey(null, SignatureReasons.UnreadableKey(e.Message));
        }
    }

    private static AsymmetricKeyParameter? FromBlock(PemObject block) => block.Type switch
    {
        "PUBLIC KEY" => PublicKeyFactory.CreateKey(block.Content),
        "RSA PUBLIC KEY" => Pkcs1(block.Content),
        "CERTIFICATE" => PublicKeyFactory.CreateKey(X509CertificateStructure.GetInstance(Asn1Object.FromByteArray(block.Content)).SubjectPublicKeyInfo),
        _ => null,
    };

    private static RsaKeyParameters Pkcs1(byte[] der)
    {
        var rsa = RsaPublicKeyStructure.GetInstance(Asn1Object.FromByteArray(der));
        return new RsaKeyParameters(false, rsa.Modulus, rsa.PublicExponent);
    }
}
