using HotAudit.Core.Signing;
using HotAudit.Ingestion;
using HotAudit.Signing;

namespace HotAudit.Cli.Verifying;

/// <summary>Runs <c>hotaudit verify</c> in its two modes: one patch file, or every row of a manifest.</summary>
internal sealed class VerifyRunner(TextWriter output, TextWriter log)
{
    private readonly PatchSignatureVerifier _verifier = new();

    /// <summary><c>hotaudit verify PATCH_FILE --signature SIG --key PEM [--alg ALG] [--format F] [--sm2-id ID]</c>.</summary>
    public int File(string patch, string sig, string key, string? algorithm, string? format, string? sm2Id)
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
        var check = _verifier.CheckFile(patch, signature, key, algorithm, format, sm2Id);
        if (check.Outcome is SignatureOutcome.Unsupported or SignatureOutcome.NotJudged)
        {
            return BadInput($"{(check.Reason.StartsWith("unreadable key", StringComparison.Ordinal) ? key : patch)}: {check.Reason}");
        }
        return VerifyLines.Write([check], output, log);
    }

    /// <summary>
    /// <c>hotaudit verify --manifest patches.csv --keys DIR [--sm2-id ID]</c>: patch files are resolved from the manifest's
    /// folder; <paramref name="sm2Id"/> stands in for an empty <c>sm2_id</c> column.
    /// </summary>
    public int Manifest(string manifest, string keys, string? sm2Id)
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
        var checks = rows.Select(row => _verifier.Check(WithSm2Id(row, sm2Id), null, folder, keys)).ToList();
        return VerifyLines.Write(checks, output, log);
    }

    private static Core.Data.ReferenceRow WithSm2Id(Core.Data.ReferenceRow row, string? sm2Id) =>
        sm2Id is null || row["sm2_id"] is not null
            ? row
            : row with { Values = new Dictionary<string, string>(row.Values, StringComparer.OrdinalIgnoreCase) { ["sm2_id"] = sm2Id } };

    private int BadInput(string message)
    {
        log.WriteLine($"hotaudit: {message}");
        return Program.BadInput;
    }
}
