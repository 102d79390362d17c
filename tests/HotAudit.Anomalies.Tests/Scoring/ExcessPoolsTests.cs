using FluentAssertions;
using HotAudit.Anomalies.Scoring;
using Xunit;

namespace HotAudit.Anomalies.Tests.Scoring;

public sealed class ExcessPoolsTests
{
    /// <summary>Pools after <paramref name="days"/> release days of each app, one per day, each app with its count.</summary>
    private static ExcessPools After(int days, params (string App, int Count, int Days)[] apps)
    {
        var pools = new ExcessPools();
        for (var day = 0; day < days; day++)
        {
            pools.MoveTo(day);
            foreach (var (app, count, _) in apps.Where(a => day < a.Days))
            {
                pools.Add(app, count, unusual: false);
            }
        }
        pools.MoveTo(days);
        return pools;
    }

    private static readonly (string, int, int)[] SinglePublishTeams = [("a", 1, 60), ("b", 1, 60), ("c", 1, 60), ("d", 1, 60)];

    [Fact]
    public void Of_AppOnItsFirstReleaseDay_IsJudgedByTheCasesTeams()
    {
        // Given: four teams that publish once a release day, 60 days each
        var pools = After(60, SinglePublishTeams);

        // When: a new app, no release day of its own yet
        var predictive = pools.Of("new");

        // Then: its first release day with three publishes is news
        predictive.Mean.Should().BeLessThan(0.1);
        predictive.UpperTail(2).Should().BeLessThan(1e-3);
    }

    [Fact]
    public void Of_AppThatPublishesThreeTimesEveryReleaseDay_IsJudgedByItsOwnPractice()
    {
        // Given: the same teams, and an app with 30 release days of 3 publishes each
        var pools = After(60, [.. SinglePublishTeams, ("new", 3, 30)]);

        // When
        var predictive = pools.Of("new");

        // Then: two more than the first is that team's usual
        predictive.Mean.Should().BeGreaterThan(1.5);
        predictive.UpperTail(2).Should().BeGreaterThan(0.3);
    }

    [Fact]
    public void Of_OneTeamOnly_UsesTheFixedPriorAndItsOwnDays()
    {
        // Given
        var pools = After(10, ("a", 2, 10));

        // When
        var predictive = pools.Of("a");

        // Then: (0.5 + 10) / (1 + 10)
        predictive.Mean.Should().BeApproximately(10.5 / 11, 1e-9);
    }

    [Fact]
    public void GammaPrior_UnitsAlike_IsStrong_UnitsApart_IsWeak()
    {
        // Given: four units at the same rate; four at rates 0.01 to 2
        var alike = GammaPrior.Estimate([(10, 100), (11, 100), (9, 100), (10, 100)], 10_000);
        var apart = GammaPrior.Estimate([(1, 100), (200, 100), (20, 100), (60, 100)], 10_000);

        // Then
        alike.Days.Should().Be(10_000);
        (alike.Events / alike.Days).Should().BeApproximately(40.5 / 401, 1e-9);
        apart.Days.Should().BeLessThan(5);
    }

    [Fact]
    public void Of_TeamBesideABotThatPublishesFourTimesADay_IsJudgedByTheTeams()
    {
        // Given: a CI bot with 200 release days of 4 publishes, four teams with 5 release days of one publish each
        var pools = After(200, [("bot", 4, 200), ("a", 1, 5), ("b", 1, 5), ("c", 1, 5), ("d", 1, 5)]);

        // When: a new team's first release day
        var predictive = pools.Of("new");

        // Then: a second publish is judged by what the teams do, not by the bot's three extra a day (the pooled mean
        // of the five apps' pools is 600 / 220 ≈ 2.7)
        predictive.Mean.Should().BeLessThan(1);
    }
}
