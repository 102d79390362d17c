using FluentAssertions;
using HotAudit.Core.Signing;
using Xunit;

namespace HotAudit.Signing.Tests;

/// <summary>
/// SM2 signatures made by OpenSSL 3 with each distinguishing identifier (Fixtures/sm2-ids.sh): the GM/T 0009 default,
/// the empty one OpenSSL 3 uses unless told otherwise, and an explicit one named in the manifest's <c>sm2_id</c>.
/// </summary>
public sealed class Sm2IdentifierTests
{
    private const string Vendor = "vendor-signer@example.com";

    private static SignatureCheck Check(string sig, string? sm2Id = null) =>
        Some.Check(Some.Row(Some.Sig(sig), "SM2-SM3", "sm2-ids", sm2Id: sm2Id));

    [Fact]
    public void Check_OpenSsl3DefaultEmptyIdentifier_ValidAndSaysEmpty()
    {
        var check = Check("sm2-distid-empty.sig");

        check.Outcome.Should().Be(SignatureOutcome.Valid, check.Reason);
        check.Reason.Should().Be("signature verifies (distid empty, OpenSSL 3 default)");
    }

    [Fact]
    public void Check_GmtDefaultIdentifier_ValidAndSaysDefault()
    {
        var check = Check("sm2-distid-default.sig");

        check.Outcome.Should().Be(SignatureOutcome.Valid, check.Reason);
        check.Reason.Should().Be("signature verifies (distid 1234567812345678, GM/T 0009 default)");
    }

    [Fact]
    public void Check_ExplicitIdentifierNamedInManifest_Valid()
    {
        var check = Check("sm2-distid-vendor.sig", Vendor);

        check.Outcome.Should().Be(SignatureOutcome.Valid, check.Reason);
        check.Reason.Should().Be($"signature verifies (distid {Vendor}, as given)");
    }

    [Fact]
    public void Check_ExplicitIdentifierNotNamed_InvalidAfterTryingDefaultAndEmpty()
    {
        var check = Check("sm2-distid-vendor.sig");

        check.Outcome.Should().Be(SignatureOutcome.Invalid);
        check.Reason.Should().Be("bad signature (tried distid 1234567812345678 and empty)");
    }

    [Fact]
    public void Check_WrongIdentifierNamed_Invalid()
    {
        var check = Check("sm2-distid-vendor.sig", "someone-else@example.com");

        check.Outcome.Should().Be(SignatureOutcome.Invalid);
        check.Reason.Should().Be("bad signature (distid someone-else@example.com, as given)");
    }

    [Fact]
    public void Check_IdentifierNamed_OnlyThatOneIsTried()
    {
        var check = Check("sm2-distid-empty.sig", Vendor);

        check.Outcome.Should().Be(SignatureOutcome.Invalid);
    }

    [Fact]
    public void CheckFile_EmptyIdentifierGiven_Valid()
    {
        var check = new PatchSignatureVerifier().CheckFile(
            Path.Combine(Some.Case, "files", "patch.bin"), Some.Sig("sm2-distid-empty.sig"), Path.Combine(Some.Keys, "sm2-ids.pem"), null, null, "");

        check.Outcome.Should().Be(SignatureOutcome.Valid, check.Reason);
        check.Reason.Should().Be("signature verifies (distid empty, as given)");
    }

    [Fact]
    public void Check_TamperedPatchSignedWithEmptyIdentifier_Invalid()
    {
        var check = Some.Check(Some.Row(Some.Sig("sm2-distid-empty.sig"), "SM2-SM3", "sm2-ids", file: "files/tampered.bin"));

        check.Outcome.Should().Be(SignatureOutcome.Invalid);
    }
}
