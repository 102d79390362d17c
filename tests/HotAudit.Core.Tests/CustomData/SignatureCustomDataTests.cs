using FluentAssertions;
using HotAudit.Core.Assessment;
using HotAudit.Core.CustomData;
using Xunit;

namespace HotAudit.Core.Tests.CustomData;

public sealed class SignatureCustomDataTests
{
    [Theory]
    [InlineData("N0", "tested against internal test requirements; no nonconformity found")]
    [InlineData("T1", "tested against the standard's own requirements; nonconformity found")]
    [InlineData("B0", "tested against both internal requirements and the standard's own; no nonconformity found")]
    public void Parse_ValidTesterCode_MeaningInWords(string code, string meaning)
    {
        var data = SignatureCustomData.Parse(SignerRole.Tester, code);

        data.IsValid.Should().BeTrue();
        data.Meaning!.En.Should().Be(meaning);
    }

    [Fact]
    public void Parse_TesterT1_ChineseMeaningFromTable2()
    {
        SignatureCustomData.Parse(SignerRole.Tester, "T1").Meaning!.Zh.Should().Be("依据推荐性标准检测规范进行检测；发现不符合项");
    }

    [Theory]
    [InlineData("N", "released under internal review rules")]
    [InlineData("T", "released under the standard's review rules")]
    [InlineData("B", "released under both internal review rules and the standard's")]
    public void Parse_ValidDistributorBasis_MeaningInWords(string code, string meaning)
    {
        SignatureCustomData.Parse(SignerRole.Distributor, code).Meaning!.En.Should().Be(meaning);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Parse_DeveloperWithoutData_Valid(string? code)
    {
        var data = SignatureCustomData.Parse(SignerRole.Developer, code);

        data.IsValid.Should().BeTrue();
        data.Text.Should().BeEmpty();
    }

    [Theory]
    [InlineData(SignerRole.Developer, "T", "a developer's custom data must be empty (4.1)")]
    [InlineData(SignerRole.Tester, "", "a tester's custom data must be 2 characters: basis then result (4.2)")]
    [InlineData(SignerRole.Tester, "T", "a tester's custom data must be 2 characters: basis then result (4.2)")]
    [InlineData(SignerRole.Tester, "T01", "a tester's custom data must be 2 characters: basis then result (4.2)")]
    [InlineData(SignerRole.Tester, "X0", "basis 'X' is not N, T or B")]
    [InlineData(SignerRole.Tester, "t0", "basis 't' is not N, T or B")]
    [InlineData(SignerRole.Tester, "T2", "result '2' is not 0 or 1 (table 2)")]
    [InlineData(SignerRole.Tester, "11", "basis '1' is not N, T or B")]
    [InlineData(SignerRole.Distributor, "", "a distributor's custom data must be 1 character: the basis (4.3)")]
    [InlineData(SignerRole.Distributor, "TB", "a distributor's custom data must be 1 character: the basis (4.3)")]
    [InlineData(SignerRole.Distributor, "0", "basis '0' is not N, T or B")]
    public void Parse_Malformed_InvalidWithReason(SignerRole role, string code, string problem)
    {
        var data = SignatureCustomData.Parse(role, code);

        data.IsValid.Should().BeFalse();
        data.Problem!.En.Should().Be(problem);
        data.Meaning.Should().BeNull();
    }

    [Theory]
    [InlineData("developer", SignerRole.Developer)]
    [InlineData("Tester", SignerRole.Tester)]
    [InlineData(" DISTRIBUTOR ", SignerRole.Distributor)]
    [InlineData("开发者", SignerRole.Developer)]
    [InlineData("检测者", SignerRole.Tester)]
    [InlineData("分发者", SignerRole.Distributor)]
    public void TryParse_KnownRole_Parsed(string text, SignerRole expected)
    {
        SignerRoles.TryParse(text, out var role).Should().BeTrue();
        role.Should().Be(expected);
    }

    [Theory]
    [InlineData("auditor")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownRole_False(string? text)
    {
        SignerRoles.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Of_AppUnderTest_RecordCarriesTesterCodeAsCustomData()
    {
        var record = ToBeSignedRecord.Of(new AppUnderTest("Mall", "2.0", "M Ltd", "ab12"), "B1");

        record.Should().BeEquivalentTo(new { AppName = "Mall", AppVersion = "2.0", Developer = "M Ltd", AppHash = "ab12" });
        record.CustomData.Text.Should().Be("B1");
        record.CustomData.Meaning!.En.Should().Be("tested against both internal requirements and the standard's own; nonconformity found");
    }
}
