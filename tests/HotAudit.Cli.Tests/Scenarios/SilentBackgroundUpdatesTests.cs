using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>Pack silent-background-updates: HU-SIL-01, HU-CON-01, HU-CON-02, exact subjects and counts (RULES.md).</summary>
public sealed class SilentBackgroundUpdatesTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Assess_BackgroundOrSilentApplyWithoutUserAction_FiresSil01PerPatchForDistinctDevices()
    {
        // Given: every device granted consent first; only unprompted background or silent installs offend.
        var d1 = new Device("com.a", "5.2.0", "d1");
        using var dir = new CaseBuilder().Telemetry(
        [
            // user_initiated absent counts as false; the same device applying p1 twice counts once
            .. d1.UpdateEndingWith("p1", T0, e => e with { AppState = "background", UserInitiated = null }),
            d1.ApplySuccess("p1", Hours(2)) with { AppState = "background" },
            .. d1.UpdateEndingWith("p2", Hours(3), e => e with { AppState = "background" }),
            .. new Device("com.a", "5.2.0", "d2").UpdateEndingWith("p1", T0, e => e with { InstallMode = "silent" }),
            // decoys: the user tapped "update" (true / yes), a foreground apply on next restart, a background apply_start only
            .. new Device("com.a", "5.2.0", "d3").UpdateEndingWith("p1", T0, e => e with { AppState = "background", UserInitiated = "true" }),
            .. new Device("com.a", "5.2.0", "d4").CleanUpdate("p1", T0),
            .. new Device("com.a", "5.2.0", "d5").CleanUpdate("p1", T0).Select(e => e.Event == "apply_start" ? e with { AppState = "background" } : e),
            .. new Device("com.a", "5.2.0", "d6").UpdateEndingWith("p1", T0, e => e with { InstallMode = "silent", UserInitiated = "yes" }),
            // the same device_id in another app is another device
            .. d1.InApp("com.b").OnVersion("1.0").UpdateEndingWith("q1", T0, e => e with { AppState = "background" }),
        ]).Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(Packs.SilentBackgroundUpdates).Should().BeEquivalentTo(
            Expect.Finding("HU-SIL-01", 2, "com.a", "5.2.0", "p1"),
            Expect.Finding("HU-SIL-01", 1, "com.a", "5.2.0", "p2"),
            Expect.Finding("HU-SIL-01", 1, "com.b", "1.0", "q1"));
    }

    [Fact]
    public async Task Assess_CallAtOrBeforeFirstGrant_FiresCon01PerAppForDistinctDevices()
    {
        // Given
        Device A(string id) => new("com.a", "5.2.0", id);
        using var dir = new CaseBuilder().Telemetry(
        [
            A("d1").Granted(T0), A("d1").Check(T0),                                   // grant at the call's instant: fires
            .. A("d2").CleanUpdate("p1", T0),                                         // grant strictly before: silent
            A("d3").Check(T0), A("d3").Check(T0 + Minute),                            // calls, never a grant: fires once
            A("d4").Prompt(T0), A("d4").Launch(T0 + Minute),                          // no call at all: silent
            A("d5").DownloadStart("p1", T0), A("d5").Granted(T0 + Minute),            // download_start is a call: fires
            A("d6").Check(T0), A("d6").Granted(T0 + Minute), A("d6").Check(T0 + (2 * Minute)), // earliest call decides
            A("d7").ApplySuccess("p1", T0), A("d7").Granted(T0 + Minute),            // apply_success is a call: fires
            A("d8").Granted(T0), A("d8").Denied(T0 + Minute), A("d8").Check(T0 + (2 * Minute)), // first grant decides
            // d2 granted in com.a only; in com.b it is another device that never granted
            A("d2").InApp("com.b").Check(Hours(1)),
        ]).Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(Packs.SilentBackgroundUpdates).Should().BeEquivalentTo(
            Expect.Finding("HU-CON-01", 5, "com.a"),
            Expect.Finding("HU-CON-01", 1, "com.b"));
    }

    [Fact]
    public async Task Assess_DownloadOrApplyWhileLatestAnswerIsDenied_FiresCon02AndUndecidedStaysSilent()
    {
        // Given
        Device A(string id) => new("com.a", "5.2.0", id);
        using var dir = new CaseBuilder().Telemetry(
        [
            // d1: denied, then two downloads: CON-02 once; its download_start without a grant is also CON-01
            A("d1").Denied(T0), A("d1").DownloadStart("p1", T0 + Minute), A("d1").DownloadComplete("p1", T0 + (2 * Minute)),
            // d2 / d9: denied and granted at one instant (either file order) → undecided: silent
            A("d2").Denied(T0), A("d2").Granted(T0), A("d2").DownloadStart("p1", T0 + Minute),
            A("d9").Granted(T0), A("d9").Denied(T0), A("d9").DownloadStart("p1", T0 + Minute),
            // d3: a grant after the denial: silent
            A("d3").Denied(T0), A("d3").Granted(T0 + Minute), A("d3").DownloadStart("p1", T0 + (2 * Minute)),
            // d4: granted, then denied, then apply_start: CON-02 (no call at all, so no CON-01)
            A("d4").Granted(T0), A("d4").Denied(T0 + Minute), A("d4").ApplyStart("p1", T0 + (2 * Minute)),
            // d5: denied, then only an update_check (not a CON-02 event): CON-01 only
            A("d5").Denied(T0), A("d5").Check(T0 + Minute),
            // d6: the download happened before the denial: CON-01 only
            A("d6").DownloadStart("p1", T0 - Minute), A("d6").Denied(T0),
            // d7: download_complete at the denial's instant: the denial is "at or before" it: CON-02; no call: no CON-01
            A("d7").Denied(T0), A("d7").DownloadComplete("p1", T0),
            // d8: granted again after the denial: silent
            A("d8").Granted(T0), A("d8").Denied(T0 + Minute), A("d8").Granted(T0 + (2 * Minute)), A("d8").ApplySuccess("p1", T0 + (3 * Minute)),
        ]).Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(Packs.SilentBackgroundUpdates).Should().BeEquivalentTo(
            Expect.Finding("HU-CON-02", 3, "com.a"),
            Expect.Finding("HU-CON-01", 3, "com.a"));
    }

    [Fact]
    public async Task Assess_CompliantDevicesOnly_ReportsNothingForThePack()
    {
        // Given
        using var dir = new CaseBuilder()
            .Telemetry(Enumerable.Range(1, 20).SelectMany(i => new Device("com.a", "5.2.0", $"d{i}").CleanUpdate("p1", Hours(i))))
            .Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(Packs.SilentBackgroundUpdates).Should().BeEmpty();
    }
}
