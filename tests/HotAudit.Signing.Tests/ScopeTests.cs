using FluentAssertions;
using HotAudit.Core.Signing;
using Xunit;

namespace HotAudit.Signing.Tests;

/// <summary>Which manifest rows HU-SIG-02/03 judge (RULES.md, exact semantics).</summary>
public sealed class ScopeTests
{
    [Fact]
    public void Check_NoSignature_NotJudged()
    {
        var check = Some.Check(Some.Row(null, "RSA-SHA256", "rsa"));

        check.Outcome.Should().Be(SignatureOutcome.NotJudged);
        check.Reason.Should().Be("no signature");
    }

    [Fact]
    public void Check_NoKeysFolder_NotJudgedEvenForUnknownKey()
    {
        var check = new PatchSignatureVerifier().Check(Some.Row(Some.Sig("rsa-md5.sig"), "MD5withRSA", "kx"), null, Some.Case,
            Path.Combine(Some.Case, "no-such-keys"));

        check.Outcome.Should().Be(SignatureOutcome.NotJudged);
        check.Weak.Should().BeFalse();
    }

    [Theory]
    [InlineData("files/missing.bin")]
    [InlineData(null)]
    [InlineData("../../AlgorithmTests.cs")]
    public void Check_KnownKeyWithoutPatchFileInCase_NotJudged(string? file)
    {
        var check = Some.Check(Some.Sig("rsa-sha256.sig"), "RSA-SHA256", "rsa", file);

        check.Outcome.Should().Be(SignatureOutcome.NotJudged);
        check.Reason.Should().Be("no patch file");
    }

    [Fact]
    public void Check_UnknownKeyWithoutPatchFile_UnknownKey()
    {
        Some.Check(Some.Sig("rsa-sha256.sig"), "RSA-SHA256", "kx", "files/missing.bin").Outcome.Should().Be(SignatureOutcome.UnknownKey);
    }

    [Fact]
    public void Check_PatchId_Reported()
    {
        Some.Check(Some.Row(Some.Sig("rsa-sha256.sig"), "RSA-SHA256", "rsa", id: "com.acme.x-1")).PatchId.Should().Be("com.acme.x-1");
    }
}
