using FluentAssertions;
using HotAudit.Core.Signing;
using Xunit;

namespace HotAudit.Signing.Tests;

/// <summary>HU-SIG-03: MD5, SHA-1 or an RSA key under 2048 bits; weak signatures still verify.</summary>
public sealed class WeakTests
{
    [Theory]
    [InlineData("rsa-md5.sig", "MD5withRSA")]
    [InlineData("rsa-md5.sig", "RSA-MD5")]
    [InlineData("rsa-sha1.sig", "SHA1withRSA")]
    [InlineData("rsa-sha1.sig", "RSA-SHA1")]
    public void Check_WeakDigest_ValidAndWeak(string sig, string alg)
    {
        var check = Some.Check(Some.Sig(sig), alg, "rsa");

        check.Outcome.Should().Be(SignatureOutcome.Valid);
        check.Weak.Should().BeTrue();
        check.Reason.Should().Be($"weak algorithm {alg}");
    }

    [Fact]
    public void Check_Rsa1024Key_ValidAndWeak()
    {
        var check = Some.Check(Some.Sig("rsa1024-sha256.sig"), "RSA-SHA256", "rsa1024");

        check.Outcome.Should().Be(SignatureOutcome.Valid);
        check.Weak.Should().BeTrue();
        check.Reason.Should().Be("RSA key of 1024 bits");
    }

    [Fact]
    public void Check_WeakAndBad_InvalidAndWeak()
    {
        var check = Some.Check(Some.Sig("rsa-sha256.sig"), "MD5withRSA", "rsa");

        check.Outcome.Should().Be(SignatureOutcome.Invalid);
        check.Weak.Should().BeTrue();
        check.Reason.Should().Be("bad signature; weak algorithm MD5withRSA");
    }

    [Fact]
    public void Check_WeakDigestWithUnknownKey_UnknownKeyAndWeak()
    {
        var check = Some.Check(Some.Sig("rsa-md5.sig"), "MD5withRSA", "kx");

        check.Outcome.Should().Be(SignatureOutcome.UnknownKey);
        check.Weak.Should().BeTrue();
    }

    [Fact]
    public void Check_WeakKeyWithoutPatchFile_NotJudgedButWeak()
    {
        var check = Some.Check(Some.Sig("rsa1024-sha256.sig"), "RSA-SHA256", "rsa1024", "files/missing.bin");

        check.Outcome.Should().Be(SignatureOutcome.NotJudged);
        check.Weak.Should().BeTrue();
    }

    [Theory]
    [InlineData("p256-sha256.sig", "ECDSA-SHA256", "p256")]
    [InlineData("ed25519.sig", "Ed25519", "ed25519")]
    [InlineData("sm2-sm3.sig", "SM2", "sm2")]
    public void Check_NonRsaKey_NotWeak(string sig, string alg, string key)
    {
        Some.Check(Some.Sig(sig), alg, key).Weak.Should().BeFalse();
    }
}
