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

    /// <summary>SM2 with SM3 and the default user id.</summary>
    Sm2,

    /// <summary>Pure Ed25519.</summary>
    Ed25519,
}
