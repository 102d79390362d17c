using HotAudit.Core.Data;
using HotAudit.Core.Signing;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Engine.Lookups;

/// <summary>
/// Offline verification of every signed manifest row (HU-SIG-02/03), done once per case when the case has a keys
/// folder and a verifier is available. The algorithm falls back to the patch's first publish row's.
/// </summary>
internal sealed class SignatureIndex
{
    private readonly Dictionary<int, SignatureCheck> _checks = [];

    public SignatureIndex(OperationView ops, IReadOnlyList<Record> byTime, IReadOnlyList<ReferenceRow> manifests, IPatchSignatureVerifier? verifier,
        string? caseDirectory, string? keysDirectory)
    {
        if (verifier is null || caseDirectory is null || keysDirectory is null)
        {
            return;
        }
        var publishAlg = new Dictionary<int, string>();
        foreach (var row in byTime)
        {
            if (ops.Action(row) == "publish" && ops.Text(row, "signature_alg") is { } alg)
            {
                publishAlg.TryAdd(ops[row, "patch_id"], alg);
            }
        }
        foreach (var m in manifests.Where(m => !string.IsNullOrWhiteSpace(m["signature"]) && !string.IsNullOrWhiteSpace(m["patch_id"])))
        {
            var patch = ops.Symbols.Intern(m["patch_id"]);
            _checks[patch] = verifier.Check(m, publishAlg.GetValueOrDefault(patch), caseDirectory, keysDirectory);
        }
    }

    public SignatureCheck? Of(int patch) => _checks.GetValueOrDefault(patch);

    public static string Name(SignatureOutcome outcome) => outcome switch
    {
        SignatureOutcome.Valid => "valid",
        SignatureOutcome.Invalid => "invalid",
        SignatureOutcome.UnknownKey => "unknown_key",
        SignatureOutcome.Unsupported => "unsupported",
        _ => "not_judged",
    };
}
