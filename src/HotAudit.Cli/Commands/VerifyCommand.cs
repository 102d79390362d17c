using System.CommandLine;
using HotAudit.Cli.Verifying;

namespace HotAudit.Cli.Commands;

/// <summary>
/// <c>hotaudit verify PATCH_FILE --signature SIG --key PEM [--alg ALG] [--format F]</c> and
/// <c>hotaudit verify --manifest patches.csv --keys DIR</c>: offline signature verification (clauses 6 b, 7.2 e).
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var patch = new Argument<string?>("PATCH_FILE") { Description = "The patch file (or CodePush folder) to verify.", Arity = ArgumentArity.ZeroOrOne };
        var signature = new Option<string?>("--signature") { Description = "A file holding the signature (base64 text, a JWT, or raw bytes), or the base64 text itself." };
        var key = new Option<string?>("--key") { Description = "The public key: PEM (PUBLIC KEY, RSA PUBLIC KEY or CERTIFICATE)." };
        var alg = new Option<string?>("--alg") { Description = "The algorithm, e.g. RSA-SHA256, RSA-PSS-SHA256, ECDSA-SHA256, SM2, Ed25519 (default: from the key, SHA-256)." };
        var format = new Option<string?>("--format") { Description = "What was signed: raw (the file, default), digest-hex, manifest or codepush-jwt." };
        format.AcceptOnlyFromAmong("raw", "digest-hex", "manifest", "codepush-jwt");
        var manifest = new Option<string?>("--manifest") { Description = "A patch manifest (patches.csv); its file paths are relative to its folder." };
        var keys = new Option<string?>("--keys") { Description = "With --manifest: the folder of <key_id>.pem public keys." };
        var sm2Id = new Option<string?>("--sm2-id")
        {
            Description = "The SM2 distinguishing identifier the signer used (may be \"\"); default: try 1234567812345678 (GM/T 0009), then empty (OpenSSL 3). With --manifest, for rows with no sm2_id.",
        };
        var command = new Command("verify", "Verify patch signatures offline; one line per patch: OK, WEAK (verifies, but MD5/SHA-1 or RSA < 2048 bits), FAIL or SKIP. Exit 1 on any FAIL.")
        {
            patch, signature, key, alg, format, manifest, keys, sm2Id,
        };
        command.SetAction(parse =>
        {
            var runner = new VerifyRunner(System.Console.Out, System.Console.Error);
            var (p, m) = (parse.GetValue(patch), parse.GetValue(manifest));
            if (m is not null && p is null && parse.GetValue(keys) is { } dir && parse.GetValue(signature) is null
                && parse.GetValue(key) is null && parse.GetValue(alg) is null && parse.GetValue(format) is null)
            {
                return runner.Manifest(m, dir, parse.GetValue(sm2Id));
            }
            if (p is not null && m is null && parse.GetValue(signature) is { } sig && parse.GetValue(key) is { } pem && parse.GetValue(keys) is null)
            {
                return runner.File(p, sig, pem, parse.GetValue(alg), parse.GetValue(format), parse.GetValue(sm2Id));
            }
            System.Console.Error.WriteLine("hotaudit: verify needs either PATCH_FILE --signature SIG --key PEM, or --manifest FILE --keys DIR");
            return Program.BadInput;
        });
        return command;
    }
}
