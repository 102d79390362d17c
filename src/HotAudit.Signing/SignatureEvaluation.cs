using HotAudit.Core.Rules;
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
            return Result(request, SignatureOutcome.Unsupported, SignatureReasons.UnsupportedFormat(request.Format), request.Algorithm,
                WeakName(request.Algorithm) ?? WeakKey(key));
        }
        if (AlgorithmChoice.Choose(request.Algorithm, format, key, out var unsupported) is not { } algorithm)
        {
            return Result(request, SignatureOutcome.Unsupported, SignatureReasons.UnsupportedAlgorithm(unsupported), request.Algorithm, WeakKey(key));
        }
        var weak = SignatureReasons.Join(algorithm.IsWeakDigest ? SignatureReasons.WeakAlgorithm(algorithm.Name) : null, WeakKey(key));
        if (request.ContentPath is not { } content)
        {
            return Result(request, SignatureOutcome.NotJudged, SignatureReasons.NoPatchFile, algorithm.Name, weak);
        }
        if (!KeyDescription.Fits(key, algorithm.Family))
        {
            return Result(request, SignatureOutcome.Invalid, SignatureReasons.KeyDoesNotFit(KeyDescription.Name(key), algorithm.Name), algorithm.Name, weak);
        }
        var (outcome, reason) = Verify(format, algorithm, key, request, content);
        return Result(request, outcome, reason, algorithm.Name, weak);
    }

    private static (SignatureOutcome, LocalizedText) Verify(SignatureFormat format, SignatureAlgorithm algorithm,
        Org.BouncyCastle.Crypto.AsymmetricKeyParameter key, SignatureRequest request, string content)
    {
        try
        {
            var result = ContentVerifier.Verify(format, algorithm, key, request.Signature, content, request.Sm2Id);
            return (result.Verified ? SignatureOutcome.Valid : SignatureOutcome.Invalid, result.Reason);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (SignatureOutcome.NotJudged, SignatureReasons.UnreadablePatch(e.Message));
        }
        // Signatures are untrusted input: whatever BouncyCastle throws on a malformed one, it does not verify.
        catch (Exception e)
        {
            return (SignatureOutcome.Invalid, SignatureReasons.Malformed(e.Message));
        }
    }

    /// <summary>The reason an algorithm name alone is weak, or null.</summary>
    public static LocalizedText? WeakName(string? named) => AlgorithmChoice.NamesWeakDigest(named) ? SignatureReasons.WeakAlgorithm(named) : null;

    private static LocalizedText? WeakKey(Org.BouncyCastle.Crypto.AsymmetricKeyParameter key) =>
        KeyDescription.RsaBits(key) is { } bits && bits < MinimumRsaBits ? SignatureReasons.WeakRsaKey(bits) : null;

    private static SignatureCheck Result(SignatureRequest request, SignatureOutcome outcome, LocalizedText reason, string? algorithm, LocalizedText? weak)
    {
        var text = weak is null ? reason : outcome == SignatureOutcome.Valid ? weak : SignatureReasons.Join(reason, weak)!;
        return SignatureReasons.Check(request.PatchId, outcome, weak is not null, text, algorithm);
    }
}
