using FluentAssertions;
using HotAudit.Core.Signing;
using Xunit;

namespace HotAudit.Signing.Tests;

/// <summary>Tampered content, wrong keys and garbage never throw: each gives an outcome and a reason.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Check_TamperedContent_BadSignature()
    {
        var check = Some.Check(Some.Sig("rsa-sha256.sig"), "RSA-SHA256", "rsa", "files/tampered.bin");

        check.Outcome.Should().Be(SignatureOutcome.Invalid);
        check.Reason.Should().Be("bad signature");
    }

    [Theory]
    [InlineData("ed25519.sig", "Ed25519")]
    [InlineData("sm2-sm3.sig", "SM2")]
    [InlineData("p256-sha256.sig", "ES256")]
    [InlineData("rsa-pss-saltmax.sig", "PS256")]
    public void Check_TamperedContentOtherAlgorithms_Invalid(string sig, string alg)
    {
        var key = alg switch { "Ed25519" => "ed25519", "SM2" => "sm2", "ES256" => "p256", _ => "rsa" };

        Some.Check(Some.Sig(sig), alg, key, "files/tampered.bin").Outcome.Should().Be(SignatureOutcome.Invalid);
    }

    [Fact]
    public void Check_WrongKey_BadSignature()
    {
        var check = Some.Check(Some.Sig("other-sha256.sig"), "RSA-SHA256", "rsa");

        check.Outcome.Should().Be(SignatureOutcome.Invalid);
        check.Reason.Should().Be("bad signature");
    }

    [Fact]
    public void Check_UnknownKeyId_UnknownKey()
    {
        var check = Some.Check(Some.Sig("rsa-sha256.sig"), "RSA-SHA256", "kx");

        check.Outcome.Should().Be(SignatureOutcome.UnknownKey);
        check.Reason.Should().Be("unknown key kx");
        check.Weak.Should().BeFalse();
    }

    [Theory]
    [InlineData("../keys/rsa")]
    [InlineData("")]
    public void Check_KeyIdNotAPlainName_UnknownKey(string keyId)
    {
        Some.Check(Some.Sig("rsa-sha256.sig"), "RSA-SHA256", keyId).Outcome.Should().Be(SignatureOutcome.UnknownKey);
    }

    [Theory]
    [InlineData("rsa-sha256-truncated.sig", "RSA-SHA256", "rsa")]
    [InlineData("p256-sha256.sig", "ES256", "p256")]
    [InlineData("ed25519.sig", "Ed25519", "ed25519")]
    [InlineData("sm2-sm3.sig", "SM2", "sm2")]
    public void Check_TruncatedSignature_Truncated(string sig, string alg, string key)
    {
        var bytes = Convert.FromBase64String(Some.Sig(sig));
        var cut = Convert.ToBase64String(bytes[..Math.Min(bytes.Length - 5, 100)]);

        var check = Some.Check(cut, alg, key);

        check.Outcome.Should().Be(SignatureOutcome.Invalid);
        check.Reason.Should().Be("truncated signature");
    }

    [Theory]
    [InlineData("!!! not base64 !!!")]
    [InlineData("A")]
    public void Check_NotBase64_Invalid(string signature)
    {
        var check = Some.Check(signature, "RSA-SHA256", "rsa");

        check.Outcome.Should().Be(SignatureOutcome.Invalid);
        check.Reason.Should().Be("signature is not base64");
    }

    [Theory]
    [InlineData("ES256", "p256")]
    [InlineData("SM2", "sm2")]
    [InlineData("Ed25519", "ed25519")]
    [InlineData("RSA-SHA256", "rsa")]
    [InlineData("PS256", "rsa")]
    public void Check_RandomBytesAsSignature_InvalidNotThrowing(string alg, string key)
    {
        var junk = Convert.ToBase64String(Enumerable.Range(0, 300).Select(i => (byte)(i * 37)).ToArray());

        Some.Check(junk, alg, key).Outcome.Should().Be(SignatureOutcome.Invalid);
    }

    [Fact]
    public void Check_GarbagePem_UnreadableKey()
    {
        var check = Some.Check(Some.Sig("rsa-sha256.sig"), "RSA-SHA256", "garbage");

        check.Outcome.Should().Be(SignatureOutcome.Unsupported);
        check.Reason.Should().StartWith("unreadable key: ");
    }

    [Fact]
    public void Check_KeyTypeDoesNotFitAlgorithm_Invalid()
    {
        var check = Some.Check(Some.Sig("rsa-sha256.sig"), "ECDSA-SHA256", "rsa");

        check.Outcome.Should().Be(SignatureOutcome.Invalid);
        check.Reason.Should().Be("key type RSA-2048 does not fit algorithm ECDSA-SHA256");
    }
}
