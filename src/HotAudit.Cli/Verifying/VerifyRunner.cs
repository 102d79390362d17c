using HotAudit.Core.Signing;
using HotAudit.Ingestion;
using HotAudit.Signing;

namespace HotAudit.Cli.Verifying;

/// <summary>Runs <c>hotaudit verify</c> in its two modes: one patch file, or every row of a manifest.</summary>
internal sealed class VerifyRunner(TextWriter output, TextWriter log)
{
    private readonly PatchSignatureVerifier _verifier = new();

    /// <summary><c>hotaudit verify PATCH_FILE --signature SIG --key PEM [--alg ALG] [--format F]</c>.</summary>
    public int File(string patch, string sig, string key, string? algorithm, string? format)
    {
        if (!System.IO.File.Exists(patch) && !Directory.Exists(patch))
        {
            return BadInput($"{patch}: file not found");
        }
        if (!System.IO.File.Exists(key))
        {
            return BadInput($"{key}: file not found");
        }
        if (SignatureArgument.Read(sig, out var error) is not { } signature)
        {
            return BadInput(error);
        }
        var check = _verifier.CheckFile(patch, signature, key, algorithm, format);
        if (check.Outcome is SignatureOutcome.Unsupported or SignatureOutcome.NotJudged)
        {
            return BadInput($"{(check.Reason.StartsWith("unreadable key", StringComparison.Ordinal) ? key : patch)}: {check.Reason}");
        }
        return VerifyLines.Write([check], output, log);
    }

    /// <summary><c>hotaudit verify --manifest patches.csv --keys DIR</c>: patch files are resolved from the manifest's folder.</summary>
    public int Manifest(string manifest, string keys)
    {
        if (!Directory.Exists(keys))
        {
            return BadInput($"{keys}: keys folder not found");
        }
        IReadOnlyList<Core.Data.ReferenceRow> rows;
        try
        {
            rows = PatchManifestReader.Read(manifest);
        }
        catch (CaseInputException e)
        {
            return BadInput(e.Message);
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(manifest))!;
        var checks = rows.Select(row => _verifier.Check(row, null, folder, keys)).ToList();
        return VerifyLines.Write(checks, output, log);
    }

    private int BadInput(string message)
    {
        log.WriteLine($"hotaudit: {message}");
        return Program.BadInput;
    }
}
