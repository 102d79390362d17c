using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>
/// The monitor on operation logs shaped like a real platform's: a team that releases weekly, quiet versions that are seen
/// only on the days someone acts on them, and days that are unusual for who acts or how often.
/// </summary>
public sealed class MonitorOperationLogTests
{
    private const string App = "com.acme.ops";
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Ten weeks of weekly release cycles of version 1.0 by its team (dev1, sec1, lead1, rel1), on Tuesdays.</summary>
    private static List<OperationRow> WeeklyReleases(string version = "1.0") =>
        Enumerable.Range(0, 10).SelectMany(w => Ops.Cycle(App, version, $"p{w}", Start.AddDays((7 * w) + 1).AddHours(15), w + 1)).ToList();

    /// <summary>Five devices of version 1.0 that check for updates every day of the ten weeks (the monitor judges telemetry cases).</summary>
    private static IEnumerable<TelemetryEvent> DailyChecks() =>
        Enumerable.Range(0, 70).SelectMany(d => Enumerable.Range(0, 5).Select(k =>
            new Device(App, "1.0", $"d{k}").Check(Start.AddDays(d).AddHours(9 + k))));

    private static CaseDirectory Case(IEnumerable<OperationRow> rows) =>
        new CaseBuilder().WithCaseFile().Telemetry(DailyChecks()).Operations(rows).Build();

    private static IReadOnlyList<string> Flagged(AssessResult result) =>
        result.Findings("HU-ANM-01").Select(f => $"{f.Subject["app_version"]} {f.Subject["day"]}").Order(StringComparer.Ordinal).ToList();

    private static string Day(int offset) => Start.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Assess_WeeklyReleasesByTheTeam_FlagsNoDay()
    {
        // Given: four people on every release day, nobody in between
        using var dir = Case(WeeklyReleases());

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        Flagged(result).Should().BeEmpty("a release takes its four people every week");
    }

    [Fact]
    public async Task Assess_OutsidersActOnAQuietDay_FlagsThatDayWithThePeopleNewToTheApp()
    {
        // Given: on a Friday of week 7, three accounts that never worked on the app upload, review and export its log
        var friday = Start.AddDays(46).AddHours(11);
        var rows = WeeklyReleases();
        rows.Add(Ops.Row("patch_upload", friday, App, "1.0", "trial", "ext1"));
        rows.Add(Ops.Row("security_review", friday.AddMinutes(30), App, "1.0", "trial", "ext2") with { Result = "pass" });
        rows.Add(Ops.Row("log_export", friday.AddMinutes(60), App, "1.0", null, "ext3"));
        using var dir = Case(rows);

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        Flagged(result).Should().Equal($"1.0 {Day(46)}");
    }

    [Fact]
    public async Task Assess_BurstOnAVersionSeenOnlyWhenItIsTouched_IsJudgedAgainstItsQuietDaysToo()
    {
        // Given: version 0.9 gets one publish every 12 days and nothing else (no devices, no other rows), then 3 publishes
        // in one afternoon; version 1.0's weekly releases keep the log running every week
        var rows = WeeklyReleases();
        rows.AddRange(Enumerable.Range(0, 5).Select(k => Ops.Publish(App, "0.9", $"q{k}", Start.AddDays((12 * k) + 3).AddHours(10), k + 1)));
        rows.AddRange(Enumerable.Range(0, 3).Select(k => Ops.Publish(App, "0.9", $"b{k}", Start.AddDays(64).AddHours(13 + k), 10 + k)));
        using var dir = Case(rows);

        // When
        var result = await Assess.RunAsync(dir);

        // Then: 3 against one publish in twelve days; its four earlier days alone would make one a day the usual
        Flagged(result).Should().Equal($"0.9 {Day(64)}");
    }
}
