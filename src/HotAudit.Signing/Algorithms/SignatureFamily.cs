namespace HotAudit.Signing.Algorithms;

/// <summary>The kind of public-key signature an algorithm name stands for.</summary>
internal enum SignatureFamily
{
    /// <summary>RSASSA-PKCS1-v1_5.</summary>
    RsaPkcs1,

    /// <summary>RSASSA-PSS with MGF1 over the same digest, any salt length.</summary>
    RsaPss,

    /// <summary>ECDSA with a DER-encoded signature.</summary>
    Ecdsa,

    /// <summary>SM2 with SM3; the distinguishing identifier named, else the GM/T default, then the empty one (OpenSSL 3).</summary>
    Sm2,

    /// <summary>Pure Ed25519.</summary>
    Ed25519,
}
