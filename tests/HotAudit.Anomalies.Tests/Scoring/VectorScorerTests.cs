using FluentAssertions;
using HotAudit.Anomalies.Features;
using HotAudit.Anomalies.Scoring;
using Xunit;

namespace HotAudit.Anomalies.Tests.Scoring;

public sealed class VectorScorerTests
{
    [Fact]
    public void Score_OrdinarySeries_FlagsNothing()
    {
        // Given
        var vectors = Some.Series(days: 40, versions: 3);

        // When
        var scored = VectorScorer.Score(vectors, new MonitorSettings());

        // Then
        scored.Where(s => s.Flagged).Should().BeEmpty();
    }

    [Fact]
    public void Score_DayOfBackgroundApplies_FlagsThatDayOnlyAndNamesTheFeature()
    {
        // Given: version 1.1 applies 41 % of its patches in the background on day 30
        var vectors = Some.Series(40, 3, (version, day, values) =>
        {
            if (version == "1.1" && day == 30)
            {
                Some.SetBackground(values, 0.41);
            }
        });

        // When
        var scored = VectorScorer.Score(vectors, new MonitorSettings());

        // Then
        var flagged = scored.Where(s => s.Flagged).Should().ContainSingle().Subject;
        flagged.AppVersion.Should().Be("1.1");
        flagged.Day.Should().Be(new DateOnly(2026, 5, 31));
        flagged.Explanation.Should().StartWith("background applies 41 % on 2026-05-31 vs 1 % usual (28-day share 0.9 %; p < 1e-50)");
        flagged.ExplanationZh.Should().StartWith("后台应用占比 41 % (2026-05-31), 通常 1 % (近 28 天占比 0.9 %; p < 1e-50)");
    }

    [Theory]
    [InlineData(8, true)]
    [InlineData(5, true)]
    [InlineData(2, false)]
    public void Score_PublishesOnOneDay_FlagsABurstButNotTwo(int publishes, bool flagged)
    {
        // Given
        var vectors = Some.Series(40, 3, (version, day, values) =>
        {
            if (version == "1.0" && day == 32)
            {
                Some.SetPublishes(values, publishes);
            }
        });

        // When
        var scored = VectorScorer.Score(vectors, new MonitorSettings());

        // Then
        scored.Any(s => s.Flagged && s.AppVersion == "1.0" && s.Day == new DateOnly(2026, 6, 2)).Should().Be(flagged);
        scored.Count(s => s.Flagged).Should().Be(flagged ? 1 : 0);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void Score_TwoRollbacksOnAQuietVersion_FlaggedWhereTheAppsRollbackDaysHaveOne(int rollbacksPerRollbackDay, bool flagged)
    {
        // Given: twelve versions whose release days have two publishes (a fix of the fix, as a rule), each of which rolled
        // back once with 1 (or, as a rule, 2) rollbacks, until version 1.4 rolls back twice on day 110
        var vectors = Some.Series(120, 12, (version, day, values) =>
        {
            Some.SetPublishes(values, day % 7 == 3 ? 2 : 0);
            if (day == 20 + (7 * int.Parse(version[2..], System.Globalization.CultureInfo.InvariantCulture)))
            {
                Some.Set(values, "rollbacks", rollbacksPerRollbackDay);
            }
            if (version == "1.4" && day == 110)
            {
                Some.Set(values, "rollbacks", 2);
            }
        });

        // When
        var scored = VectorScorer.Score(vectors, new MonitorSettings());

        // Then: two rollbacks in a day are news where the app's rollback days have one, and its practice where they have
        // two; how many publishes a release day has says nothing of it, and the two-publish release days stay ordinary
        var day110 = scored.Single(s => s.AppVersion == "1.4" && s.Day == new DateOnly(2026, 8, 19));
        day110.Flagged.Should().Be(flagged);
        day110.Features[Some.Index("rollbacks")].PValue.Should().Match(p => flagged ? p < 1e-4 : p > 1e-3);
        scored.Where(s => s.Flagged && s.Features[Some.Index(FeatureCatalog.Publishes)].Value == 2).Should().BeEmpty();
    }

    [Fact]
    public void Score_NightAppliesTheDayAfterARelease_JudgedAgainstEarlierDaysAfterOne()
    {
        // Given: a version released every fourth day in the evening, so its release days have 1 % of applies at night
        // and the days after 9 % (devices pick the patch up overnight), other days 2 %; the day after day 48's release
        // has 20 % (60 of 300)
        var (night, publishes) = (Some.Index("night_apply_share"), Some.Index(FeatureCatalog.Publishes));
        var vectors = Some.Series(60, 1, (_, day, values) =>
        {
            values[publishes] = day % 4 == 0 ? 1 : 0;
            values[night] = day == 49 ? 0.2 : day % 4 == 0 ? 0.01 : day % 4 == 1 ? 0.09 : 0.02;
        });

        // When
        var scored = VectorScorer.Score(vectors, new MonitorSettings());

        // Then: that day, and only it, is flagged on its night applies (against the release days and days after pooled,
        // which swing between 1 % and 9 %, it was p ≈ 1e-3)
        var flagged = scored.Where(s => s.Flagged).Should().ContainSingle().Subject;
        flagged.Day.Should().Be(new DateOnly(2026, 5, 1).AddDays(49));
        flagged.Explanation.Should().StartWith("applies at 00:00–06:00 20 % on 2026-06-19 vs 9 % usual");
    }

    [Fact]
    public void Score_NightBurstOnARelease_OneEarlierUnflaggedBurstDoesNotHideIt()
    {
        // Given: a version released every fourth day with 3 % of applies at night; its first release (day 0, no history
        // to judge it by, so never flagged) had 35 %; day 24's release has 45 % (135 of 300)
        var (night, publishes) = (Some.Index("night_apply_share"), Some.Index(FeatureCatalog.Publishes));
        var vectors = Some.Series(30, 1, (_, day, values) =>
        {
            values[publishes] = day % 4 == 0 ? 1 : 0;
            values[night] = day == 24 ? 0.45 : day == 0 ? 0.35 : day % 4 == 0 ? 0.03 : 0.02;
        });

        // When
        var scored = VectorScorer.Score(vectors, new MonitorSettings());

        // Then: one day cannot make six release days overdispersed (with it, ρ ≈ 0.2 and 45 % was not flagged)
        var day24 = scored.Single(s => s.Day == new DateOnly(2026, 5, 25));
        day24.Flagged.Should().BeTrue();
        day24.Explanation.Should().StartWith("applies at 00:00–06:00 ");
    }

    [Fact]
    public void Score_FixOfTheFixDaysOfQuietVersions_StayOrdinaryOnceTheTeamsReleaseDaysShowThem()
    {
        // Given: thirty versions that release every fourteenth day (each on its own weekday), one release day in eight
        // with a second publish (a fix of the fix)
        var releases = 0;
        var vectors = Some.Series(140, 30, (version, day, values) =>
        {
            var v = int.Parse(version[2..], System.Globalization.CultureInfo.InvariantCulture);
            Some.SetPublishes(values, day % 14 == v % 14 ? (++releases % 8 == 0 ? 2 : 1) : 0);
        });

        // When
        var scored = VectorScorer.Score(vectors, new MonitorSettings());

        // Then: a quiet version's release day is rare for the version, its second publish is not rare for a release
        // day; a flagged early one must not be left out of what a release day looks like and make the next rarer still
        var twos = scored.Where(s => s.Features[Some.Index(FeatureCatalog.Publishes)].Value == 2).ToList();
        twos.Should().HaveCountGreaterThan(20);
        twos.Select(s => s.Features[Some.Index(FeatureCatalog.Publishes)].PValue).Should().OnlyContain(p => p > 2.5e-4, "none passes the release actions' threshold (4 c ≈ 2e-4)");
        twos.Where(s => s.Day > new DateOnly(2026, 7, 20)).Select(s => s.Features[Some.Index(FeatureCatalog.Publishes)].PValue).Should().OnlyContain(p => p > 1e-3, "once the pool has seen them they are the team's practice");
    }

    [Fact]
    public void Score_OneRollbackOnAVersionThatNeverRolledBack_IsNotNewsHoweverRareRollbacksAre()
    {
        // Given: twelve versions over 120 days, two of which roll back once each (a rollback is rare in this case)
        var vectors = Some.Series(120, 12, (version, day, values) =>
        {
            if ((version == "1.7" && day == 60) || (version == "1.11" && day == 100))
            {
                Some.Set(values, "rollbacks", 1);
            }
        });

        // When
        var scored = VectorScorer.Score(vectors, new MonitorSettings());

        // Then: one rollback in a day is how a rollback is done; only more than one can be frequent (clause 7.2 f)
        var rollbackDays = scored.Where(s => s.Features[Some.Index("rollbacks")].Value == 1).ToList();
        rollbackDays.Should().HaveCount(2);
        rollbackDays.Should().OnlyContain(s => !s.Flagged && s.Features[Some.Index("rollbacks")].PValue == 1);
    }

    [Fact]
    public void Score_NewAppThatPublishesThreeTimesAReleaseDay_IsJudgedByItsOwnPracticeFromItsSecondRelease()
    {
        // Given: an app of ten versions that publish once a week for 120 days, and a new app from day 80 whose one
        // version publishes three times on each of its weekly release days
        var old = Some.Series(120, 10);
        var young = Some.Series(40, 1, (_, day, values) => Some.SetPublishes(values, day % 7 == 3 ? 3 : 0))
            .Select(v => v with { AppId = "new", Day = v.Day.AddDays(80) });

        // When
        var scored = VectorScorer.Score([.. old, .. young], new MonitorSettings());

        // Then: the case's single-publish teams may make its first release day news, not the ones after it
        var releases = scored.Where(s => s.AppId == "new" && s.Features[Some.Index("publishes")].Value == 3).OrderBy(s => s.Day).ToList();
        releases.Should().HaveCountGreaterThan(4);
        releases.Skip(1).Where(s => s.Flagged).Should().BeEmpty();
    }

    [Fact]
    public void Score_TwoPublishesAgainstUsualOneToThree_FlagsNothing()
    {
        // Given: version 1.0 publishes 1 to 3 times a day, and 2 on day 32
        var vectors = Some.Series(40, 3, (version, day, values) => Some.SetPublishes(values, version == "1.0" ? (day == 32 ? 2 : 1 + (day % 3)) : 0));

        // When
        var scored = VectorScorer.Score(vectors, new MonitorSettings());

        // Then
        scored.Where(s => s.Flagged).Should().BeEmpty();
    }

    [Fact]
    public void Score_FivePublishesAgainstUsualZeroToOne_ExplainsWithUsualRangeRateAndP()
    {
        // Given: version 1.0 publishes once a week, and 5 times on day 32
        var vectors = Some.Series(40, 3, (version, day, values) =>
        {
            if (version == "1.0" && day == 32)
            {
                Some.SetPublishes(values, 5);
            }
        });

        // When
        var flagged = VectorScorer.Score(vectors, new MonitorSettings()).Single(s => s.Flagged);

        // Then
        flagged.Explanation.Should().MatchRegex(@"^publishes 5 on 2026-06-02 vs 0–1 usual \(28-day rate 0\.\d+/day; p ≈ \de-\d+\)");
        flagged.ExplanationZh.Should().MatchRegex(@"^发布次数 5 \(2026-06-02\), 通常 0–1 \(近 28 天速率 0\.\d+/天; p ≈ \de-\d+\)");
        var publishes = flagged.Features[Some.Index("publishes")];
        publishes.PValue.Should().BeLessThan(1e-4);
        (publishes.UsualLow, publishes.UsualHigh).Should().Be((0.0, 1.0));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Score_OrdinaryDaysOfTheModelsAssumptions_FlagsAtMostTheStatedRate(int seed)
    {
        // Given: 10 versions × 200 days of Poisson counts and binomial shares around fixed levels
        var vectors = Some.Ordinary(200, 10, seed);

        // When
        var flagged = VectorScorer.Score(vectors, new MonitorSettings()).Count(s => s.Flagged);

        // Then: at most 1 per 1,000 vectors (the default false-alarm rate), with room for chance: 2 of 2,000
        flagged.Should().BeLessThanOrEqualTo(4);
    }

    [Fact]
    public void Score_HigherFalseAlarmRate_FlagsAWeakerBurst()
    {
        // Given: 4 publishes on a version that publishes once a week
        var vectors = Some.Series(40, 3, (version, day, values) =>
        {
            if (version == "1.0" && day == 32)
            {
                Some.SetPublishes(values, 4);
            }
        });

        // When
        var strict = VectorScorer.Score(vectors, new MonitorSettings(FalseAlarmRate: 1e-6)).Count(s => s.Flagged);
        var lenient = VectorScorer.Score(vectors, new MonitorSettings(FalseAlarmRate: 0.01)).Count(s => s.Flagged);

        // Then
        (strict, lenient).Should().Be((0, 1));
    }

    [Fact]
    public void Score_TooLittleHistory_JudgesNoDeviation()
    {
        // Given: five days are fewer than min_history, and no peers
        var vectors = Some.Series(5, 1, (_, day, values) => Some.SetBackground(values, day == 4 ? 0.5 : 0.01));

        // When
        var scored = VectorScorer.Score(vectors, new MonitorSettings());

        // Then
        scored.Should().OnlyContain(s => !s.Flagged);
    }

    [Fact]
    public void Score_ConstantDays_NeitherThrowsNorFlags()
    {
        // Given: 60 identical days (ML.NET's PCA fails on data without variance: the monitor must not take the run down)
        var vectors = Some.Series(days: 60, versions: 2, (_, _, values) =>
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = 1;
            }
        });

        // When
        var scored = VectorScorer.Score(vectors, new MonitorSettings());

        // Then
        scored.Should().HaveCount(120);
        scored.Where(s => s.Flagged).Should().BeEmpty();
    }

    [Theory]
    [InlineData(31, false)]
    [InlineData(33, true)]
    public void Score_FourOperators_AreUsualOnAReleaseDayAndNotOnAQuietOne(int day, bool flagged)
    {
        // Given: version 1.0 publishes on every seventh day with four people, nobody acts in between; four people on one day
        var vectors = Some.Series(40, 3, (version, d, values) =>
        {
            Some.Set(values, "operators", version == "1.0" && (d % 7 == 3 || d == day) ? 4 : 0);
            Some.Set(values, "unfamiliar_operators", 0);
        });

        // When
        var scored = VectorScorer.Score(vectors, new MonitorSettings());

        // Then: day 31 is a release day (a publish), day 33 is not
        scored.Single(s => s.AppVersion == "1.0" && s.Day == new DateOnly(2026, 5, 1).AddDays(day)).Flagged.Should().Be(flagged);
        scored.Count(s => s.Flagged).Should().Be(flagged ? 1 : 0);
    }

    [Theory]
    [InlineData(31, false)]
    [InlineData(33, true)]
    public void Score_FailuresOfARollout_AreUsualOnRolloutDaysAndNotOnOthers(int day, bool flagged)
    {
        // Given: 6 % of the devices of version 1.0 fail on every release day (every seventh, with a publish), about 1 % otherwise
        var vectors = Some.Series(40, 3, (version, d, values) =>
        {
            if (version == "1.0" && (d % 7 == 3 || d == day))
            {
                Some.Set(values, "failing_device_share", 0.06);
            }
        });

        // When
        var scored = VectorScorer.Score(vectors, new MonitorSettings());

        // Then
        scored.Single(s => s.AppVersion == "1.0" && s.Day == new DateOnly(2026, 5, 1).AddDays(day)).Flagged.Should().Be(flagged);
    }
}
