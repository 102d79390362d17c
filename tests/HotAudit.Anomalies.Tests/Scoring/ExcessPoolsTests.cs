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

        // Then: the alike units share one rate, known from their 400 days (not from the 10,000 the cap allows)
        alike.Days.Should().Be(400);
        (alike.Events / alike.Days).Should().BeApproximately(40.5 / 401, 1e-9);
        apart.Days.Should().BeLessThan(5);
    }

    [Fact]
    public void Of_TeamWhoseReleaseDaysNowAndThenHaveAFixOfTheFix_ItsOwnRecordCounts()
    {
        // Given: twelve teams with eight release days of one publish each; a team with twelve release days, two of them
        // with a second publish (a fix of the fix the same day)
        var teams = Enumerable.Range(0, 12).Select(t => ($"team{t}", 1, 8)).ToList();
        var pools = new ExcessPools();
        for (var day = 0; day < 12; day++)
        {
            pools.MoveTo(day);
            foreach (var (app, count, days) in teams.Where(t => day < t.Item3))
            {
                pools.Add(app, count, unusual: false);
            }
            pools.Add("fix", day is 3 or 8 ? 2 : 1, unusual: false);
        }
        pools.MoveTo(12);

        // When: the team's next release day
        var predictive = pools.Of("fix");

        // Then: a second publish, 2 in its 12 days, is judged at a few percent — its own record shrunk toward the teams'
        // ~100 days, not at the case's "never" (the moments see no spread in such sparse counts; a prior worth 10,000
        // days, and the team's history read as wildly dispersed against that prior's mean, had it at 0.8 %)
        predictive.UpperTail(1).Should().BeInRange(0.02, 0.2);
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
