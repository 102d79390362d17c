using FluentAssertions;
using HotAudit.Core.Signing;
using Xunit;

namespace HotAudit.Signing.Tests;

/// <summary>Each algorithm over the raw patch, signed by OpenSSL (Fixtures/README.md).</summary>
public sealed class AlgorithmTests
{
    [Theory]
    [InlineData("rsa-sha256.sig", "RSA-SHA256")]
    [InlineData("rsa-sha256.sig", "SHA256withRSA")]
    [InlineData("rsa-sha384.sig", "SHA384withRSA")]
    [InlineData("rsa-sha512.sig", "RSA-SHA512")]
    [InlineData("rsa-sha512.sig", "RS512")]
    public void Check_RsaPkcs1_Valid(string sig, string alg)
    {
        var check = Some.Check(Some.Sig(sig), alg, "rsa");

        check.Outcome.Should().Be(SignatureOutcome.Valid, check.Reason);
        check.Weak.Should().BeFalse();
        check.Algorithm.Should().Be(alg);
    }

    [Theory]
    [InlineData("rsa-pss-salt32.sig", "RSA-PSS-SHA256")]
    [InlineData("rsa-pss-saltmax.sig", "RSA-PSS-SHA256")]
    [InlineData("rsa-pss-saltmax.sig", "SHA256withRSA/PSS")]
    [InlineData("rsa-pss-saltmax.sig", "PS256")]
    [InlineData("rsa-pss-sha512-salt0.sig", "RSASSA-PSS-SHA512")]
    public void Check_RsaPssAnySaltLength_Valid(string sig, string alg)
    {
        var check = Some.Check(Some.Sig(sig), alg, "rsa");

        check.Outcome.Should().Be(SignatureOutcome.Valid, check.Reason);
    }

    [Fact]
    public void Check_PssSignatureNamedPkcs1_Invalid()
    {
        Some.Check(Some.Sig("rsa-pss-salt32.sig"), "RSA-SHA256", "rsa").Outcome.Should().Be(SignatureOutcome.Invalid);
    }

    [Fact]
    public void Check_Pkcs1SignatureNamedPss_Invalid()
    {
        Some.Check(Some.Sig("rsa-sha256.sig"), "RSA-PSS-SHA256", "rsa").Outcome.Should().Be(SignatureOutcome.Invalid);
    }

    [Theory]
    [InlineData("p256-sha256.sig", "ECDSA-SHA256", "p256")]
    [InlineData("p256-sha256.sig", "ES256", "p256")]
    [InlineData("p384-sha384.sig", "SHA384withECDSA", "p384")]
    [InlineData("ed25519.sig", "Ed25519", "ed25519")]
    [InlineData("sm2-sm3.sig", "SM2-SM3", "sm2")]
    [InlineData("sm2-sm3.sig", "SM3withSM2", "sm2")]
    public void Check_EcdsaEd25519Sm2_Valid(string sig, string alg, string key)
    {
        var check = Some.Check(Some.Sig(sig), alg, key);

        check.Outcome.Should().Be(SignatureOutcome.Valid, check.Reason);
        check.Weak.Should().BeFalse();
    }

    [Theory]
    [InlineData("p384-sha384.sig", "ECDSA-SHA256", "p384")]
    [InlineData("p256-sha256.sig", "ECDSA-SHA256", "p384")]
    [InlineData("sm2-sm3.sig", "SM2", "p256")]
    [InlineData("ed25519.sig", "Ed25519", "rsa")]
    public void Check_WrongDigestOrKey_Invalid(string sig, string alg, string key)
    {
        Some.Check(Some.Sig(sig), alg, key).Outcome.Should().Be(SignatureOutcome.Invalid);
    }

    [Theory]
    [InlineData("rsa-sha256.sig", "rsa")]
    [InlineData("p256-sha256.sig", "p256")]
    [InlineData("ed25519.sig", "ed25519")]
    [InlineData("sm2-sm3.sig", "sm2")]
    public void Check_NoAlgorithmNamed_UsesKeyDefault(string sig, string key)
    {
        Some.Check(Some.Sig(sig), null, key).Outcome.Should().Be(SignatureOutcome.Valid);
    }

    [Fact]
    public void Check_NoAlgorithmInManifest_UsesPublishAlgorithm()
    {
        var check = Some.Check(Some.Row(Some.Sig("rsa-sha512.sig"), null, "rsa"), publishAlgorithm: "SHA512withRSA");

        check.Outcome.Should().Be(SignatureOutcome.Valid, check.Reason);
        check.Algorithm.Should().Be("SHA512withRSA");
    }

    [Fact]
    public void Check_ManifestAlgorithmBeforePublishAlgorithm_UsesManifest()
    {
        var check = Some.Check(Some.Row(Some.Sig("rsa-sha256.sig"), "RSA-SHA256", "rsa"), publishAlgorithm: "MD5withRSA");

        check.Outcome.Should().Be(SignatureOutcome.Valid);
        check.Weak.Should().BeFalse();
    }

    [Fact]
    public void Check_UnknownAlgorithm_Unsupported()
    {
        var check = Some.Check(Some.Sig("rsa-sha256.sig"), "DSA-SHA256", "rsa");

        check.Outcome.Should().Be(SignatureOutcome.Unsupported);
        check.Reason.Should().Be("unsupported algorithm DSA-SHA256");
    }
}
