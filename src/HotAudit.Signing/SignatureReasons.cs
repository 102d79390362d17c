using HotAudit.Core.Rules;

namespace HotAudit.Signing;

/// <summary>
/// Every reason verification gives, in Chinese and English side by side: the English goes to <c>hotaudit verify</c>
/// and findings.json, the Chinese to zh-CN reports (HU-SIG-02/03's notes). What comes from the input or a library —
/// a key id, an algorithm name, an exception's message — stays as it is inside either sentence.
/// </summary>
internal static class SignatureReasons
{
    public static readonly LocalizedText Verifies = new("签名验证通过", "signature verifies");

    public static readonly LocalizedText BadSignature = new("签名无效", "bad signature");

    public static readonly LocalizedText Truncated = new("签名被截断", "truncated signature");

    public static readonly LocalizedText NoSignature = new("清单中没有签名", "no signature");

    public static readonly LocalizedText NoKeysFolder = new("案例中没有 keys 文件夹", "no keys folder");

    public static readonly LocalizedText NoPatchFile = new("案例中没有补丁文件", "no patch file");

    public static readonly LocalizedText NotBase64 = new("签名不是 base64 编码", "signature is not base64");

    public static readonly LocalizedText MalformedJwt = new("JWT 格式错误", "malformed JWT");

    public static readonly LocalizedText JwtWithoutAlg = new("JWT 格式错误 (头部没有 alg)", "malformed JWT (no alg in header)");

    public static readonly LocalizedText JwtWithoutContentHash = new("JWT 格式错误 (没有 contentHash 声明)", "malformed JWT (no contentHash claim)");

    public static readonly LocalizedText PrivateKey = new("无法读取的密钥: 这是私钥, 不是公钥", "unreadable key: a private key, not a public one");

    public static readonly LocalizedText NoKeyBlock =
        new("无法读取的密钥: 没有 PUBLIC KEY、RSA PUBLIC KEY 或 CERTIFICATE 块", "unreadable key: no PUBLIC KEY, RSA PUBLIC KEY or CERTIFICATE block");

    public static LocalizedText UnreadableKey(string message) => new($"无法读取的密钥: {message}", $"unreadable key: {message}");

    public static LocalizedText UnknownKey(string keyId) =>
        keyId.Length == 0 ? new("未知密钥 (没有 key_id)", "unknown key (no key_id)") : new($"未知密钥 {keyId}", $"unknown key {keyId}");

    public static LocalizedText UnsupportedFormat(string? format) => new($"不支持的签名格式 {format}", $"unsupported format {format}");

    public static LocalizedText UnsupportedAlgorithm(string algorithm) =>
        new($"不支持的算法 {algorithm}".TrimEnd(), $"unsupported algorithm {algorithm}".TrimEnd());

    public static LocalizedText UnsupportedJwtAlgorithm(string algorithm) => new($"不支持的 JWT 算法 {algorithm}", $"unsupported JWT algorithm {algorithm}");

    public static LocalizedText KeyDoesNotFit(string keyType, string algorithm) =>
        new($"密钥类型 {keyType} 与算法 {algorithm} 不匹配", $"key type {keyType} does not fit algorithm {algorithm}");

    public static LocalizedText UnreadablePatch(string message) => new($"无法读取补丁文件: {message}", $"unreadable patch file: {message}");

    public static LocalizedText Malformed(string message) => new($"签名无效 ({message})", $"bad signature ({message})");

    public static LocalizedText TooLong(int bytes, int keyBytes) =>
        new($"签名无效 ({bytes} 字节, 而密钥为 {keyBytes} 字节)", $"bad signature ({bytes} bytes for a {keyBytes}-byte key)");

    public static LocalizedText FolderPatch(string format) =>
        new($"补丁是文件夹, 而格式 {format} 签名的是文件", $"the patch is a folder; format {format} signs a file");

    public static LocalizedText DigestMismatch(string claimed, string actual) =>
        new($"摘要不符 (contentHash {claimed}, 包的哈希 {actual})", $"digest mismatch (contentHash {claimed}, package hash {actual})");

    public static LocalizedText WeakAlgorithm(string? algorithm) => new($"弱算法 {algorithm}", $"weak algorithm {algorithm}");

    public static LocalizedText WeakRsaKey(int bits) => new($"RSA 密钥仅 {bits} 位", $"RSA key of {bits} bits");

    /// <summary>An SM2 distinguishing identifier as a result names it.</summary>
    public static LocalizedText Distid(string id, bool given) => (id.Length == 0, given) switch
    {
        (true, true) => new("distid 为空, 按给定值", "distid empty, as given"),
        (false, true) => new($"distid {id}, 按给定值", $"distid {id}, as given"),
        (true, false) => new("distid 为空, OpenSSL 3 的默认值", "distid empty, OpenSSL 3 default"),
        _ => new($"distid {id}, GM/T 0009 的默认值", $"distid {id}, GM/T 0009 default"),
    };

    /// <summary>No SM2 identifier tried verified: the one given, or the two usual ones.</summary>
    public static LocalizedText Sm2NotVerified(string? named, string gmtDefault) => named is null
        ? new($"签名无效 (已尝试 distid {gmtDefault} 和空值)", $"bad signature (tried distid {gmtDefault} and empty)")
        : named.Length == 0
            ? new("签名无效 (distid 为空, 按给定值)", "bad signature (distid empty, as given)")
            : new($"签名无效 (distid {named}, 按给定值)", $"bad signature (distid {named}, as given)");

    /// <summary>"reason (detail)".</summary>
    public static LocalizedText With(LocalizedText reason, LocalizedText detail) => new($"{reason.Zh} ({detail.Zh})", $"{reason.En} ({detail.En})");

    /// <summary>"first; second", either may be missing.</summary>
    public static LocalizedText? Join(LocalizedText? first, LocalizedText? second) =>
        first is null ? second : second is null ? first : new($"{first.Zh}; {second.Zh}", $"{first.En}; {second.En}");

    /// <summary>The check a person reads: the English as its reason, the Chinese beside it.</summary>
    public static Core.Signing.SignatureCheck Check(string patchId, Core.Signing.SignatureOutcome outcome, bool weak, LocalizedText reason, string? algorithm) =>
        new(patchId, outcome, weak, reason.En, algorithm) { ReasonZh = reason.Zh };
}
