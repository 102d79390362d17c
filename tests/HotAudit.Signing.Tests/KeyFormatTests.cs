using FluentAssertions;
using HotAudit.Core.Signing;
using Xunit;

namespace HotAudit.Signing.Tests;

/// <summary>The PEM shapes a key can come in.</summary>
public sealed class KeyFormatTests
{
    [Theory]
    [InlineData("rsa")]
    [InlineData("rsa-pkcs1")]
    [InlineData("rsa-cert")]
    public void Check_RsaKeyAsSpkiPkcs1OrCertificate_Valid(string key)
    {
        Some.Check(Some.Sig("rsa-sha256.sig"), "RSA-SHA256", key).Outcome.Should().Be(SignatureOutcome.Valid);
    }

    [Fact]
    public void Check_PrivateKeyInKeysFolder_Unsupported()
    {
        var dir = Directory.CreateTempSubdirectory("hotaudit-keys-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "k.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
            var check = new PatchSignatureVerifier().Check(Some.Row(Some.Sig("rsa-sha256.sig"), "RSA-SHA256", "k"), null, Some.Case, dir.FullName);

            check.Outcome.Should().Be(SignatureOutcome.Unsupported);
            check.Reason.Should().StartWith("unreadable key: ");
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
