namespace HotAudit.Signing.Verification;

/// <summary>One SM2 distinguishing identifier to try, and how a result that verified with it says so.</summary>
/// <param name="Bytes">The identifier's bytes (UTF-8), fed into Z = SM3(ENTL || ID || curve || key).</param>
/// <param name="Description">E.g. <c>distid empty, OpenSSL 3 default</c>.</param>
internal sealed record Sm2Identifier(byte[] Bytes, Core.Rules.LocalizedText Description);
