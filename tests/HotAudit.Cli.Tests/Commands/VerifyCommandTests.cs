using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;

namespace HotAudit.Cli.Tests.Commands;

/// <summary><c>hotaudit verify</c> end to end through Program.Main, over the OpenSSL-made fixtures of HotAudit.Signing.Tests.</summary>
public sealed class VerifyCommandTests
{
    private static readonly string Case = Path.Combine(RepoPaths.Root, "tests", "HotAudit.Signing.Tests", "Fixtures", "case");
    private static readonly string Patch = Path.Combine(Case, "files", "patch.bin");

    private static string Sig(string name) => Path.Combine(Case, "sigs", name);

    private static string Key(string name) => Path.Combine(Case, "keys", name + ".pem");

    private static async Task<(int Exit, ConsoleCapture Console)> Run(params string[] args)
    {
        using var console = new ConsoleCapture();
        var exit = await Program.Main(["verify", .. args]);
        return (exit, console);
    }

    [Fact]
    public async Task Main_ValidRawSignatureFile_OkExit0()
    {
        var (exit, console) = await Run(Patch, "--signature", Sig("rsa-sha256.sig"), "--key", Key("rsa"));

        exit.Should().Be(0);
        console.Lines.Should().Equal("patch.bin OK RSA-SHA256 signature verifies");
    }

    [Fact]
    public async Task Main_InlineBase64WithAlgorithm_OkExit0()
    {
        var base64 = Convert.ToBase64String(File.ReadAllBytes(Sig("sm2-sm3.sig")));

        var (exit, console) = await Run(Patch, "--signature", base64, "--key", Key("sm2"), "--alg", "SM2");

        exit.Should().Be(0);
        console.Lines.Should().Equal("patch.bin OK SM2 signature verifies (distid 1234567812345678, GM/T 0009 default)");
    }

    [Fact]
    public async Task Main_SignatureFileHoldingBase64_Ok()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, Convert.ToBase64String(File.ReadAllBytes(Sig("ed25519.sig"))) + "\n");

            var (exit, _) = await Run(Patch, "--signature", file, "--key", Key("ed25519"));

            exit.Should().Be(0);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("digest-hex", "digest-hex-rsa.sig", "files/patch.bin")]
    [InlineData("manifest", "manifest-rsa.sig", "files/manifest.json")]
    [InlineData("codepush-jwt", "codepush-folder.jwt", "files/bundle")]
    public async Task Main_Formats_OkExit0(string format, string sig, string content)
    {
        var (exit, console) = await Run(Path.Combine(Case, content), "--signature", Sig(sig), "--key", Key("rsa"), "--format", format);

        exit.Should().Be(0, console.Out + console.Error);
    }

    [Fact]
    public async Task Main_TamperedPatch_FailExit1()
    {
        var (exit, console) = await Run(Path.Combine(Case, "files", "tampered.bin"), "--signature", Sig("rsa-sha256.sig"), "--key", Key("rsa"));

        exit.Should().Be(1);
        console.Lines.Should().Equal("tampered.bin FAIL RSA-SHA256 bad signature");
    }

    [Fact]
    public async Task Main_WeakSignature_WeakExit0WithWarning()
    {
        var (exit, console) = await Run(Patch, "--signature", Sig("rsa-md5.sig"), "--key", Key("rsa"), "--alg", "MD5withRSA");

        exit.Should().Be(0);
        console.Lines.Should().Equal("patch.bin WEAK MD5withRSA weak algorithm MD5withRSA");
        console.Error.Should().Contain("warning: 1 signature(s) verify but use MD5/SHA-1");
    }

    [Theory]
    [InlineData("missing.bin", "rsa-sha256.sig", "rsa")]
    [InlineData("patch.bin", "missing.sig", "rsa")]
    [InlineData("patch.bin", "rsa-sha256.sig", "missing")]
    [InlineData("patch.bin", "rsa-sha256.sig", "garbage")]
    public async Task Main_UnreadableInput_Exit2(string patch, string sig, string key)
    {
        var (exit, console) = await Run(Path.Combine(Case, "files", patch), "--signature", Sig(sig), "--key", Key(key));

        exit.Should().Be(2);
        console.Error.Should().StartWith("hotaudit: ");
    }

    [Fact]
    public async Task Main_NeitherMode_Exit2()
    {
        var (exit, _) = await Run(Patch, "--key", Key("rsa"));

        exit.Should().Be(2);
    }

    [Fact]
    public async Task Main_FixtureManifest_OneLinePerPatchExit1()
    {
        var (exit, console) = await Run("--manifest", Path.Combine(Case, "patches.csv"), "--keys", Path.Combine(Case, "keys"));

        exit.Should().Be(1);
        console.Lines.Should().Equal(
            "p-rsa-sha256 OK RSA-SHA256 signature verifies",
            "p-rsa-md5 WEAK MD5withRSA weak algorithm MD5withRSA",
            "p-rsa1024 WEAK RSA-SHA256 RSA key of 1024 bits",
            "p-pss OK RSA-PSS-SHA256 signature verifies",
            "p-ecdsa OK ECDSA-SHA256 signature verifies",
            "p-ed25519 OK Ed25519 signature verifies",
            "p-sm2 OK SM2-SM3 signature verifies (distid 1234567812345678, GM/T 0009 default)",
            "p-digest-hex OK RSA-SHA256 signature verifies",
            "p-manifest OK RSA-SHA256 signature verifies",
            "p-codepush OK RS256 signature verifies",
            "p-tampered FAIL RSA-SHA256 bad signature",
            "p-unknown-key FAIL RSA-SHA256 unknown key k-retired",
            "p-no-file SKIP RSA-SHA256 no patch file");
        console.Error.Should().Contain("verify: 13 checked: 8 ok, 2 weak, 2 failed, 1 skipped");
    }

    [Fact]
    public async Task Main_OpenSsl3SignatureWithEmptyIdentifier_OkSaysWhichIdentifier()
    {
        var (exit, console) = await Run(Patch, "--signature", Sig("sm2-distid-empty.sig"), "--key", Key("sm2-ids"));

        exit.Should().Be(0);
        console.Lines.Should().Equal("patch.bin OK SM2-SM3 signature verifies (distid empty, OpenSSL 3 default)");
    }

    [Theory]
    [InlineData("vendor-signer@example.com", 0, "patch.bin OK SM2-SM3 signature verifies (distid vendor-signer@example.com, as given)")]
    [InlineData("someone-else@example.com", 1, "patch.bin FAIL SM2-SM3 bad signature (distid someone-else@example.com, as given)")]
    public async Task Main_Sm2IdOption_OnlyThatIdentifierTried(string sm2Id, int expectedExit, string expectedLine)
    {
        var (exit, console) = await Run(Patch, "--signature", Sig("sm2-distid-vendor.sig"), "--key", Key("sm2-ids"), "--sm2-id", sm2Id);

        exit.Should().Be(expectedExit);
        console.Lines.Should().Equal(expectedLine);
    }

    [Fact]
    public async Task Main_Sm2IdsManifest_EachIdentifierNamedAndTheWrongOneFails()
    {
        var (exit, console) = await Run("--manifest", Path.Combine(Case, "sm2-ids.csv"), "--keys", Path.Combine(Case, "keys"));

        exit.Should().Be(1);
        console.Lines.Should().Equal(
            "p-sm2-default OK SM2-SM3 signature verifies (distid 1234567812345678, GM/T 0009 default)",
            "p-sm2-empty OK SM2-SM3 signature verifies (distid empty, OpenSSL 3 default)",
            "p-sm2-vendor OK SM2-SM3 signature verifies (distid vendor-signer@example.com, as given)",
            "p-sm2-vendor-no-id FAIL SM2-SM3 bad signature (tried distid 1234567812345678 and empty)",
            "p-sm2-wrong-id FAIL SM2-SM3 bad signature (distid someone-else@example.com, as given)");
    }

    [Fact]
    public async Task Main_Sm2IdOptionWithManifest_StandsInForEmptyColumnOnly()
    {
        var (_, console) = await Run("--manifest", Path.Combine(Case, "sm2-ids.csv"), "--keys", Path.Combine(Case, "keys"), "--sm2-id", "vendor-signer@example.com");

        console.Lines.Should().Contain("p-sm2-vendor-no-id OK SM2-SM3 signature verifies (distid vendor-signer@example.com, as given)")
            .And.Contain("p-sm2-wrong-id FAIL SM2-SM3 bad signature (distid someone-else@example.com, as given)");
    }

    [Fact]
    public async Task Main_ConformanceCase5Manifest_TheExpectedFailuresAndWeakOnes()
    {
        var dir = Path.Combine(RepoPaths.Conformance, "case-5", "internal-case");

        var (exit, console) = await Run("--manifest", Path.Combine(dir, "patches.csv"), "--keys", Path.Combine(dir, "keys"));

        exit.Should().Be(1);
        console.Lines.Where(l => !l.Contains(" OK ", StringComparison.Ordinal)).Should().BeEquivalentTo(
            "com.acme.pay-5.2.0-p16u SKIP - no signature",
            "com.acme.shop-5.2.0-p12f FAIL RSA-SHA256 bad signature",
            "com.acme.news-5.2.0-p9r FAIL RSA-SHA256 unknown key k-retired",
            "com.acme.news-5.1.0-p9m WEAK MD5withRSA weak algorithm MD5withRSA",
            "com.acme.pay-5.1.0-p14k WEAK RSA-SHA256 RSA key of 1024 bits");
        console.Lines.Should().HaveCount(127);
    }

    [Theory]
    [InlineData("missing.csv", "keys")]
    [InlineData("patches.csv", "no-keys")]
    public async Task Main_ManifestOrKeysMissing_Exit2(string manifest, string keys)
    {
        var (exit, _) = await Run("--manifest", Path.Combine(Case, manifest), "--keys", Path.Combine(Case, keys));

        exit.Should().Be(2);
    }
}
