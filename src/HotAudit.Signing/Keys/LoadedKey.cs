using Org.BouncyCastle.Crypto;

namespace HotAudit.Signing.Keys;

/// <summary>A public key read from PEM, or why it could not be read.</summary>
internal sealed record LoadedKey(AsymmetricKeyParameter? Key, Core.Rules.LocalizedText? Error);
