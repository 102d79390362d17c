using HotAudit.Core.Signing;

namespace HotAudit.Cli.Verifying;

/// <summary>The output of <c>hotaudit verify</c>: one line per patch, <c>patch_id  OK|FAIL|WEAK|SKIP  algorithm  reason</c>.</summary>
internal static class VerifyLines
{
    public static string Status(SignatureCheck check) => check.Outcome switch
    {
        SignatureOutcome.Valid => check.Weak ? "WEAK" : "OK",
        SignatureOutcome.NotJudged => "SKIP",
        _ => "FAIL",
    };

    /// <summary>Writes the lines (columns aligned), then a summary and a warning for weak signatures on <paramref name="log"/>.</summary>
    /// <returns>Exit code: 1 when any check failed, else 0 (weak signatures verify; HU-SIG-03 is a medium finding).</returns>
    public static int Write(IReadOnlyList<SignatureCheck> checks, TextWriter output, TextWriter log)
    {
        var idWidth = checks.Select(c => c.PatchId.Length).DefaultIfEmpty(0).Max();
        var algWidth = checks.Select(c => (c.Algorithm ?? "-").Length).DefaultIfEmpty(0).Max();
        foreach (var c in checks)
        {
            output.WriteLine($"{c.PatchId.PadRight(idWidth)}  {Status(c),-4}  {(c.Algorithm ?? "-").PadRight(algWidth)}  {c.Reason}");
        }
        var counts = checks.GroupBy(Status).ToDictionary(g => g.Key, g => g.Count());
        int Count(string status) => counts.GetValueOrDefault(status);
        log.WriteLine($"verify: {checks.Count} checked: {Count("OK")} ok, {Count("WEAK")} weak, {Count("FAIL")} failed, {Count("SKIP")} skipped");
        if (Count("WEAK") > 0)
        {
            log.WriteLine($"verify: warning: {Count("WEAK")} signature(s) verify but use MD5/SHA-1 or an RSA key under 2048 bits (HU-SIG-03)");
        }
        return Count("FAIL") > 0 ? Program.Findings : Program.Ok;
    }
}
