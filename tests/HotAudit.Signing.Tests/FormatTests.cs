using FluentAssertions;
using HotAudit.Core.Signing;
using Xunit;

namespace HotAudit.Signing.Tests;

/// <summary>What each signature_format covers (DATA-CONTRACT.md §3).</summary>
public sealed class FormatTests
{
    [Theory]
    [InlineData("digest-hex-rsa.sig", "RSA-SHA256", "rsa")]
    [InlineData("digest-hex-ed25519.sig", "Ed25519", "ed25519")]
    public void Check_DigestHex_Valid(string sig, string alg, string key)
    {
        Some.Check(Some.Sig(sig), alg, key, format: "digest-hex").Outcome.Should().Be(SignatureOutcome.Valid);
    }

    [Fact]
    public void Check_DigestHexSignatureReadAsRaw_Invalid()
    {
        Some.Check(Some.Sig("digest-hex-rsa.sig"), "RSA-SHA256", "rsa").Outcome.Should().Be(SignatureOutcome.Invalid);
    }

    [Fact]
    public void Check_DigestHexOverTamperedFile_Invalid()
    {
        var check = Some.Check(Some.Sig("digest-hex-rsa.sig"), "RSA-SHA256", "rsa", "files/tampered.bin", "digest-hex");

        check.Outcome.Should().Be(SignatureOutcome.Invalid);
        check.Reason.Should().Be("bad signature");
    }

    [Fact]
    public void Check_ManifestWithoutAlgorithm_RsaSha256Valid()
    {
        var check = Some.Check(Some.Sig("manifest-rsa.sig"), null, "rsa", "files/manifest.json", "manifest");

        check.Outcome.Should().Be(SignatureOutcome.Valid, check.Reason);
        check.Algorithm.Should().Be("RSA-SHA256");
    }

    [Fact]
    public void Check_ManifestSignatureOverOtherFile_Invalid()
    {
        Some.Check(Some.Sig("manifest-rsa.sig"), null, "rsa", "files/patch.bin", "manifest").Outcome.Should().Be(SignatureOutcome.Invalid);
    }

    [Fact]
    public void Check_CodePushJwtOverFile_Valid()
    {
        var check = Some.Check(Some.Text("codepush-file.jwt"), null, "rsa", "files/patch.bin", "codepush-jwt");

        check.Outcome.Should().Be(SignatureOutcome.Valid, check.Reason);
        check.Algorithm.Should().Be("RS256");
    }

    [Fact]
    public void Check_CodePushJwtOverFolder_ValidWithFolderHash()
    {
        var check = Some.Check(Some.Text("codepush-folder.jwt"), null, "rsa", "files/bundle", "codepush-jwt");

        check.Outcome.Should().Be(SignatureOutcome.Valid, check.Reason);
    }

    [Fact]
    public void Check_CodePushJwtOverTamperedFile_DigestMismatch()
    {
        var check = Some.Check(Some.Text("codepush-file.jwt"), null, "rsa", "files/tampered.bin", "codepush-jwt");

        check.Outcome.Should().Be(SignatureOutcome.Invalid);
        check.Reason.Should().StartWith("digest mismatch (contentHash ");
    }

    [Fact]
    public void Check_CodePushJwtWithForgedPayload_BadSignature()
    {
        var parts = Some.Text("codepush-file.jwt").Split('.');
        var forged = Convert.ToBase64String("{\"contentHash\":\"00\"}"u8.ToArray()).TrimEnd('=');

        var check = Some.Check($"{parts[0]}.{forged}.{parts[2]}", null, "rsa", "files/patch.bin", "codepush-jwt");

        check.Outcome.Should().Be(SignatureOutcome.Invalid);
        check.Reason.Should().Be("bad signature");
    }

    [Theory]
    [InlineData("not a jwt")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.e30.AAAA")]
    public void Check_MalformedJwt_InvalidWithReason(string jwt)
    {
        var check = Some.Check(jwt, null, "rsa", "files/patch.bin", "codepush-jwt");

        check.Outcome.Should().Be(SignatureOutcome.Invalid);
        check.Reason.Should().StartWith("malformed JWT");
    }

    [Fact]
    public void Check_UnknownFormat_Unsupported()
    {
        var check = Some.Check(Some.Sig("rsa-sha256.sig"), "RSA-SHA256", "rsa", format: "xyz");

        check.Outcome.Should().Be(SignatureOutcome.Unsupported);
        check.Reason.Should().Be("unsupported format xyz");
    }

    [Fact]
    public void Check_RawFormatOnFolder_Invalid()
    {
        Some.Check(Some.Sig("rsa-sha256.sig"), "RSA-SHA256", "rsa", "files/bundle").Outcome.Should().Be(SignatureOutcome.Invalid);
    }
}
