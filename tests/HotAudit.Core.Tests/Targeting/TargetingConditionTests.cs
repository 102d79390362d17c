using FluentAssertions;
using HotAudit.Core.Targeting;
using Xunit;

namespace HotAudit.Core.Tests.Targeting;

public sealed class TargetingConditionTests
{
    private static readonly Dictionary<string, string> Device = new()
    {
        ["iOS"] = "10.3.1", ["userId"] = "200758", ["role"] = "0", ["region"] = "cn", ["beta"] = "true",
    };

    [Theory]
    [InlineData("iOS>9.0 || userId == 200758 && role == 1", true)]
    [InlineData("(iOS>9.0 || userId == 200758) && role == 1", false)]
    [InlineData("iOS >= 10.3.1 && iOS < 10.3.2", true)]
    [InlineData("iOS > 10.3", true)]
    [InlineData("iOS == 10.3.1.0", true)]
    [InlineData("region == 'cn'", true)]
    [InlineData("region == 'CN'", false)]
    [InlineData("region > 'a'", false)]
    [InlineData("Android > 9", false)]
    [InlineData("Android != 9", true)]
    [InlineData("!(region == 'cn')", false)]
    [InlineData("!region == 'us'", true)]
    [InlineData("beta", true)]
    [InlineData("missing", false)]
    public void Evaluate_Condition_FollowsTheContract(string text, bool expected)
    {
        TargetingCondition.TryParse(text, out var condition, out var error).Should().BeTrue(error);
        condition!.Evaluate(name => Device.GetValueOrDefault(name)).Should().Be(expected);
    }

    [Theory]
    [InlineData("region == 'cn", "unterminated string at character 11")]
    [InlineData("role = 1", "unexpected '=' at character 6")]
    [InlineData("region == $r", "unexpected '$' at character 11")]
    public void TryParse_Mistake_SaysWhereInTheCondition(string text, string error)
    {
        TargetingCondition.TryParse(text, out _, out var reason).Should().BeFalse();
        reason.Should().Be(error);
    }

    [Fact]
    public void Evaluate_BackslashInAString_IsText()
    {
        TargetingCondition.TryParse("region == 'c\\'", out var condition, out var error).Should().BeTrue(error);
        condition!.Evaluate(_ => "c\\").Should().BeTrue();
    }

    [Theory]
    [InlineData("iOS >")]
    [InlineData("(role == 1")]
    [InlineData("role = 1")]
    [InlineData("'cn'")]
    [InlineData("")]
    public void TryParse_Malformed_Fails(string text) => TargetingCondition.TryParse(text, out _, out _).Should().BeFalse();

    [Theory]
    [InlineData("9.0", "10.3.1", -1)]
    [InlineData("10.3", "10.3.0", 0)]
    [InlineData("2.10", "2.9", 1)]
    public void Compare_Versions_PartByPart(string a, string b, int sign) => Math.Sign(VersionOrder.Compare(a, b)).Should().Be(sign);
}
