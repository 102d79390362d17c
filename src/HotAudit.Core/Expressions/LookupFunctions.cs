using System.Runtime.CompilerServices;

namespace HotAudit.Core.Expressions;

/// <summary>Functions that join a row with the operation log and the reference data of the case.</summary>
internal static class LookupFunctions
{
    public static IEnumerable<FunctionDefinition> List =>
    [
        Sym1("published", "true when any publish row of the operation log names the patch id", (c, p) => Value.Bool(c.Lookups.IsPublished(p))),
        Sym1("signed", "true when a publish row or the manifest of the patch carries a signature", (c, p) => Value.Bool(c.Lookups.IsSigned(p))),
        Sym2("digest_matches", "whether a reported digest equals a known digest of the patch; null when none of that kind is known",
            (c, p, h) => Maybe(c.Lookups.DigestMatches(p, h))),
        Sym1("patch_app_version", "the app version of the patch's first publish or upload (else its manifest's)",
            (c, p) => Value.String(c.Lookups.PatchAppVersion(p))),
        Sym1("patch_release_version", "the app version of the patch's first publish or upload only (no manifest fallback)",
            (c, p) => Value.String(c.Lookups.PatchReleaseVersion(p))),
        Sym1("patch_app_id", "the app id of the patch's first publish or upload (else its manifest's)", (c, p) => Value.String(c.Lookups.PatchAppId(p))),
        new("authorized", 3, "whether the roster lets operator do action at time (all roster rows valid then combined; admin allows all)",
            a => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) =>
            {
                var op = a[0](r, c);
                var action = a[1](r, c);
                return a[2](r, c) is { Kind: ValueKind.Time } t && !action.IsNull ? Maybe(c.Lookups.Authorized(op.Symbol, action.Symbol, t.Bits)) : Value.Null;
            }),
        Sym2("released_by", "true when the operator uploaded or published the patch", (c, p, o) => Value.Bool(c.Lookups.ReleasedBy(p, o))),
        Sym2("published_for_version", "whether the app version is among the versions of the patch's publish rows; null when none names one",
            (c, p, v) => Maybe(c.Lookups.PublishedForVersion(p, v))),
        new("hours_since_active", 2, "hours since the patch stopped being the active one of its app version; null when active or never active",
            a => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) => a[0](r, c) is { IsNull: false } p && a[1](r, c) is { Kind: ValueKind.Time } t && c.Lookups.HoursSinceActive(p.Symbol, t.Bits) is { } h
                ? Value.Number(h) : Value.Null),
        new("targeting_met", 1, "whether the row satisfies the condition of the patch's conditional publish in force at the row's time; null when not judged",
            a => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) => a[0](r, c) is { IsNull: false } p ? Maybe(c.Lookups.TargetingMet(p.Symbol, r)) : Value.Null),
        Sym1("tenant_first_publish", "the first publish of a tenant's apps", (c, t) => Time(c.Lookups.TenantFirstPublish(t))),
        Sym1("tenant_last_publish", "the last publish of a tenant's apps", (c, t) => Time(c.Lookups.TenantLastPublish(t))),
        Sym1("signature_outcome", "offline verification of the manifest signature: valid, invalid, unknown_key, unsupported or not_judged; null when not checked",
            (c, p) => c.Lookups.Signature(p) is { } s ? Value.String(c.Symbols.Intern(Engine.Lookups.SignatureIndex.Name(s.Outcome))) : Value.Null),
        Sym1("signature_weak", "whether the manifest signature uses MD5 or SHA-1, or an RSA key under 2048 bits; null when not checked",
            (c, p) => c.Lookups.Signature(p) is { } s ? Value.Bool(s.Weak) : Value.Null),
        Sym1("signature_reason", "the verification's reason in words (bad signature, unknown key k9, ...)",
            (c, p) => c.Lookups.Signature(p) is { } s ? Value.String(c.Symbols.Intern(s.Reason)) : Value.Null),
        Sym1("signature_reason_zh", "the verification's reason in Chinese (签名无效, 未知密钥 k9, ...), for a note_zh",
            (c, p) => c.Lookups.Signature(p) is { } s ? Value.String(c.Symbols.Intern(s.ReasonZh ?? s.Reason)) : Value.Null),
        Sym2("tester_result", "the result digit of the app version's valid tester code ('1' if any says 1)",
            (c, n, v) => Value.String(c.Lookups.TesterResult(n, v))),
    ];

    private static Value Maybe(bool? b) => b is { } x ? Value.Bool(x) : Value.Null;

    private static Value Time(long? t) => t is { } x ? Value.Time(x) : Value.Null;

    private static FunctionDefinition Sym1(string name, string description, Func<EvalContext, int, Value> f) =>
        new(name, 1, description, a => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) => a[0](r, c) is { IsNull: false } v ? f(c, v.Symbol) : Value.Null);

    private static FunctionDefinition Sym2(string name, string description, Func<EvalContext, int, int, Value> f) =>
        new(name, 2, description, a => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, c) =>
        {
            var x = a[0](r, c);
            var y = a[1](r, c);
            return x.IsNull || y.IsNull ? Value.Null : f(c, x.Symbol, y.Symbol);
        });
}
