using FluentAssertions;
using HotAudit.Core.Findings;
using Xunit;
using static HotAudit.Core.Tests.Findings.Make;

namespace HotAudit.Core.Tests.Findings;

public sealed class WaiverMatcherTests
{
    private static readonly Core.Rules.RuleDefinition Sil = Rule("HU-SIL-01", ["app_id", "app_version", "patch_id"], "HU 7.2 f");
    private static readonly Core.Rules.RuleDefinition Tls = Rule("HU-TLS-01", ["app_id"], "HU 6 d", "HU 7.2 c");

    private static readonly Finding SilA = Finding(Sil, "com.a", "1.0", "p1");
    private static readonly Finding SilB = Finding(Sil, "com.b", "1.0", "p2");
    private static readonly Finding TlsA = Finding(Tls, "com.a");

    private static readonly IReadOnlyList<Finding> All = [SilA, SilB, TlsA];

    [Fact]
    public void Apply_ByRuleId_WaivesEverySubjectOfThatRuleOnly()
    {
        // When
        var outcome = WaiverMatcher.Apply(All, [Waiver(ruleId: "HU-SIL-01")], Now, Offset);

        // Then
        outcome.Findings.Select(f => f.Waived).Should().Equal(true, true, false);
        outcome.Findings[0].Waiver.Should().Be(new AppliedWaiver("accepted", "张三", new DateTimeOffset(2026, 12, 31, 23, 59, 59, Offset)));
        outcome.Notices.Should().BeEmpty();
    }

    [Theory]
    [InlineData("HU 6 d")]
    [InlineData("6 d")]
    [InlineData("hu  7.2 c")]
    public void Apply_ByClause_WaivesEveryRuleMappedToIt(string clause)
    {
        // When
        var outcome = WaiverMatcher.Apply(All, [Waiver(clause: clause)], Now, Offset);

        // Then
        outcome.Findings.Select(f => f.Waived).Should().Equal(false, false, true);
    }

    [Fact]
    public void Apply_BySubjectWithStar_MatchesGivenKeysExactlyAndStarAnything()
    {
        // Given
        var waiver = Waiver(ruleId: "HU-SIL-01", subject: new() { ["app_id"] = "com.b", ["patch_id"] = "*" });

        // When
        var outcome = WaiverMatcher.Apply(All, [waiver], Now, Offset);

        // Then
        outcome.Findings.Select(f => f.Waived).Should().Equal(false, true, false);
    }

    [Fact]
    public void Apply_SubjectKeyTheRuleDoesNotHave_MatchesNothingEvenWithStar()
    {
        // Given
        var waiver = Waiver(ruleId: "HU-TLS-01", subject: new() { ["device_id"] = "*" });

        // When
        var outcome = WaiverMatcher.Apply(All, [waiver], Now, Offset);

        // Then
        outcome.Findings.Should().OnlyContain(f => !f.Waived);
        outcome.Notices.Should().Equal("waiver #1 (waivers.yaml:5) for HU-TLS-01 {device_id=*} matched no finding");
    }

    [Fact]
    public void Apply_ExpiredWaiver_IgnoredWithNotice()
    {
        // Given: a bare date ends at 23:59:59 in the case's offset; the run is one second later
        var waiver = Waiver(ruleId: "HU-SIL-01", expires: WaiverExpiry.EndOf(new DateOnly(2026, 5, 31)));
        var now = new DateTimeOffset(2026, 6, 1, 0, 0, 0, Offset);

        // When
        var outcome = WaiverMatcher.Apply(All, [waiver], now, Offset);

        // Then
        outcome.Findings.Should().OnlyContain(f => !f.Waived);
        outcome.Notices.Should().Equal("waiver #1 (waivers.yaml:5) for HU-SIL-01 expired on 2026-05-31T23:59:59+08:00 and was ignored");
    }

    [Fact]
    public void Apply_ExpiresAtTheRunInstant_StillApplies()
    {
        // Given
        var waiver = Waiver(ruleId: "HU-SIL-01", expires: WaiverExpiry.Instant(Now.ToOffset(TimeSpan.Zero)));

        // When
        var outcome = WaiverMatcher.Apply(All, [waiver], Now, Offset);

        // Then
        outcome.Findings[0].Waived.Should().BeTrue();
    }

    [Fact]
    public void Apply_UnmatchedWaiver_Noticed()
    {
        // When
        var outcome = WaiverMatcher.Apply(All, [Waiver(number: 2, ruleId: "HU-FRQ-01")], Now, Offset);

        // Then
        outcome.Findings.Should().Equal(All);
        outcome.Notices.Should().Equal("waiver #2 (waivers.yaml:10) for HU-FRQ-01 matched no finding");
    }

    [Fact]
    public void Apply_TwoWaiversForOneFinding_FirstInFileOrderWins()
    {
        // Given
        var first = Waiver(number: 1, ruleId: "HU-TLS-01");
        var second = Waiver(number: 2, clause: "HU 6 d") with { Justification = "second" };

        // When
        var outcome = WaiverMatcher.Apply(All, [first, second], Now, Offset);

        // Then
        outcome.Findings[2].Waiver!.Justification.Should().Be("accepted");
        outcome.Notices.Should().BeEmpty();
    }
}
