using FluentAssertions;
using HotAudit.Anomalies.Features;
using HotAudit.Anomalies.Scoring;
using Xunit;

namespace HotAudit.Anomalies.Tests.Scoring;

public sealed class ProcessPoolsTests
{
    /// <summary>A record after <paramref name="days"/> days, each app publishing n a day of which k skipped the approval.</summary>
    private static ProcessPools After(int days, params (string App, int K, int N)[] apps)
    {
        var pools = new ProcessPools();
        for (var day = 0; day < days; day++)
        {
            pools.MoveTo(day);
            foreach (var (app, k, n) in apps)
            {
                pools.Add(app, k, n, unusual: false);
            }
        }
        pools.MoveTo(days);
        return pools;
    }

    [Fact]
    public void Of_TeamThatAlwaysHasItsPatchesApproved_BesideACiBotThatNeverDoes_IsJudgedByItsOwnRecord()
    {
        // Given: a CI bot publishing three unapproved patches a day, and two teams whose 20 publishes were all approved
        var pools = After(20, ("bot", 3, 3), ("bank", 0, 1), ("clinic", 0, 1));

        // When: the bank publishes twice in a day, both without an approval
        var p = pools.Of("bank", 2).UpperTail(2);

        // Then: rare for the bank — the bot's practice is the bot's (a fixed prior at the case's share said ≈ 0.03)
        p.Should().BeLessThan(0.01);
    }

    [Fact]
    public void Of_CiBot_PublishingUnapprovedAsEveryDay_IsNotNews()
    {
        // Given
        var pools = After(20, ("bot", 3, 3), ("bank", 0, 1), ("clinic", 0, 1));

        // When / Then
        pools.Of("bot", 3).UpperTail(3).Should().BeGreaterThan(0.5);
    }

    [Fact]
    public void Of_NewApp_InACaseWhoseTeamsAllHaveTheirPatchesApproved_IsJudgedByTheCase()
    {
        // Given: four teams, 30 approved publishes each
        var pools = After(30, ("a", 0, 1), ("b", 0, 1), ("c", 0, 1), ("d", 0, 1));

        // When: a new app's first day, two publishes without an approval
        var p = pools.Of("new", 2).UpperTail(2);

        // Then
        p.Should().BeLessThan(1e-3);
    }

    [Fact]
    public void Estimate_IsNeverWorthMoreThanTheActionsItWasDrawnFrom()
    {
        // Given: two apps, 10 approved publishes between them
        var (a, b) = BetaPrior.Estimate([(0, 5), (0, 5)], maxActions: 10_000);

        // Then: 0 of 10 says the share is small, not that it is 1 in 20
        (a + b).Should().BeApproximately(10, 1e-9);
        (a / (a + b)).Should().BeApproximately(0.5 / 11, 1e-9);
    }

    [Fact]
    public void Estimate_BesideABotThatNeverAsks_IsCentredOnTheTeams()
    {
        // Given: a CI bot with 400 publishes, none approved, and five teams with 6 publishes each, all approved
        var (a, b) = BetaPrior.Estimate([(400, 400), (0, 6), (0, 6), (0, 6), (0, 6), (0, 6)], maxActions: 10_000);

        // Then: the prior's centre is the apps' typical share (one app in six never asks), not the pooled 93 %
        (a / (a + b)).Should().BeLessThan(0.25);
    }

    [Fact]
    public void Of_AfterOneFlaggedBurst_TheFlapRecordStillSaysRare_AfterThreeItIsThePractice()
    {
        // Given: an app whose only rollbacks after a day's first were one day of three flaps, judged unusual
        var flaps = ProcessPools.For(FeatureCatalog.All[FeatureCatalog.IndexOf(FeatureCatalog.RollbackFlaps)]);
        flaps.MoveTo(0);
        flaps.Add("bank", 3, 3, unusual: true);
        flaps.MoveTo(1);

        // When: its next day with two rollbacks, the second switching the patch back
        var once = flaps.Of("bank", 1).UpperTail(1);

        // Then: still judged by the prior (1 in 50), not by that one burst (≈ 1 in 8)
        once.Should().BeLessThan(0.03);

        // And: after three such days they are how the app rolls back
        flaps.Add("bank", 1, 1, unusual: true);
        flaps.MoveTo(2);
        flaps.Add("bank", 2, 2, unusual: true);
        flaps.MoveTo(3);
        flaps.Of("bank", 1).UpperTail(1).Should().BeGreaterThan(0.1);
    }
}
