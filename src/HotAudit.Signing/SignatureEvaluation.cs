using HotAudit.Core.Signing;
using HotAudit.Signing.Algorithms;
using HotAudit.Signing.Formats;
using HotAudit.Signing.Keys;
using HotAudit.Signing.Verification;

namespace HotAudit.Signing;

/// <summary>Checks one located signature: reads the key, chooses the algorithm, verifies, and judges weakness (HU-SIG-03).</summary>
internal static class SignatureEvaluation
{
    private const int MinimumRsaBits = 2048;

    public static SignatureCheck Evaluate(SignatureRequest request)
    {
        var loaded = PublicKeyReader.Read(request.KeyPath);
        if (loaded.Key is not { } key)
        {
            return Result(request, SignatureOutcome.Unsupported, loaded.Error!, request.Algorithm, WeakName(request.Algorithm));
        }
        if (SignatureFormats.Parse(request.Format) is not { } format)
        {
            return Result(request, SignatureOutcome.Unsupported, $"unsupported format {request.Format}", request.Algorithm,
                WeakName(request.Algorithm) ?? WeakKey(key));
        }
        if (AlgorithmChoice.Choose(request.Algorithm, format, key, out var unsupported) is not { } algorithm)
        {
            return Result(request, SignatureOutcome.Unsupported, $"unsupported algorithm {unsupported}".TrimEnd(), request.Algorithm, WeakKey(key));
        }
        var weak = Join(algorithm.IsWeakDigest ? $"weak algorithm {algorithm.Name}" : null, WeakKey(key));
        if (request.ContentPath is not { } content)
        {
            return Result(request, SignatureOutcome.NotJudged, "no patch file", algorithm.Name, weak);
        }
        if (!KeyDescription.Fits(key, algorithm.Family))
        {
            return Result(request, SignatureOutcome.Invalid, $"key type {KeyDescription.Name(key)} does not fit algorithm {algorithm.Name}", algorithm.Name, weak);
        }
        var (outcome, reason) = Verify(format, algorithm, key, request, content);
        return Result(request, outcome, reason, algorithm.Name, weak);
    }

    private static (SignatureOutcome, string) Verify(SignatureFormat format, SignatureAlgorithm algorithm,
        Org.BouncyCastle.Crypto.AsymmetricKeyParameter key, SignatureRequest request, string content)
    {
        try
        {
            var result = ContentVerifier.Verify(format, algorithm, key, request.Signature, content, request.Sm2Id);
            return (result.Verified ? SignatureOutcome.Valid : SignatureOutcome.Invalid, result.Reason);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (SignatureOutcome.NotJudged, $"unreadable patch file: {e.Message}");
        }
        // Signatures are untrusted input: whatever BouncyCastle throws on a malformed one, it does not verify.
        catch (Exception e)
        {
            return (SignatureOutcome.Invalid, $"bad signature ({e.Message})");
        }
    }

    /// <summary>The reason an algorithm name alone is weak, or null.</summary>
    public static string? WeakName(string? named) => AlgorithmChoice.NamesWeakDigest(named) ? $"weak algorithm {named}" : null;

    private static string? WeakKey(Org.BouncyCastle.Crypto.AsymmetricKeyParameter key) =>
        KeyDescription.RsaBits(key) is { } bits && bits < MinimumRsaBits ? $"RSA key of {bits} bits" : null;

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : $"{first}; {second}";

    private static SignatureCheck Result(SignatureRequest request, SignatureOutcome outcome, string reason, string? algorithm, string? weak)
    {
        var text = weak is null ? reason : outcome == SignatureOutcome.Valid ? weak : $"{reason}; {weak}";
        return new SignatureCheck(request.PatchId, outcome, weak is not null, text, algorithm);
    }
}
