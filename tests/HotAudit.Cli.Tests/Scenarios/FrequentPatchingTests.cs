using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>Pack frequent-patching: HU-FRQ-01..05, exact subjects and counts; windows closed at both ends (RULES.md).</summary>
public sealed class FrequentPatchingTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Assess_PublishesOfOneAppVersionWithin24Hours_FiresFrq01AboveThreeWithMostInOneWindow()
    {
        // Given: 5.2.0 three in 24 h; 5.3.0 four spanning exactly 24 h (plus a fifth that never shares a window with
        // all four); 5.4.0 four spanning 24 h + 1 s. The groups are two weeks apart so HU-FRQ-02 stays silent.
        using var dir = new CaseBuilder().Operations(
        [
            .. Publishes("com.a", "5.2.0", "a52", Days(0), 0, 12, 24),
            .. Publishes("com.a", "5.3.0", "a53", Days(14), 0, 8, 16, 24, 40),
            .. Publishes("com.a", "5.4.0", "a54", Days(28), 0, 8, 16, 24 + (1 / 3600.0)),
        ]).Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(Packs.FrequentPatching).Should().BeEquivalentTo(
            Expect.Finding("HU-FRQ-01", 4, "com.a", "5.3.0"));
    }

    [Fact]
    public async Task Assess_PublishesOfOneAppWithin7Days_FiresFrq02AboveTen()
    {
        // Given: 16 h 48 min apart, so no 24 h window holds three; com.b's 11 span exactly 7 days, com.c's 11th is 1 s late.
        var spacing = TimeSpan.FromHours(16.8);
        var comB = Enumerable.Range(0, 11).Select(i => Ops.Publish("com.b", "1.0", $"b{i}", T0 + (i * spacing), i + 1));
        var comC = Enumerable.Range(0, 10).Select(i => Ops.Publish("com.c", "1.0", $"c{i}", T0 + (i * spacing), i + 1))
            .Append(Ops.Publish("com.c", "1.0", "c10", Days(7) + Second, 11));
        using var dir = new CaseBuilder().Operations([.. comB, .. comC]).Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(Packs.FrequentPatching).Should().BeEquivalentTo(Expect.Finding("HU-FRQ-02", 11, "com.b"));
    }

    [Fact]
    public async Task Assess_AppliesOfOneDeviceWithin24Hours_FiresFrq03AboveThreeForDistinctDevices()
    {
        // Given
        Device A(string id) => new("com.a", "5.2.0", id);
        using var dir = new CaseBuilder().Telemetry(
        [
            .. Applies(A("d1"), Days(0), 0, 8, 16, 24),                   // four, exactly 24 h apart: fires
            .. Applies(A("d2"), Days(0), 0, 8, 16),                       // three: silent
            .. Applies(A("d3"), Days(0), 0, 8, 16, 24 + (1 / 3600.0)),    // four over 24 h + 1 s: silent
            .. Applies(A("d4"), Days(0), 0, 1, 2, 3),                     // fires twice, counts once
            .. Applies(A("d4"), Days(7), 0, 1, 2, 3),
            .. Applies(A("d2").InApp("com.b"), Days(0), 1, 2),           // same device_id, other app: not added to com.a's d2
        ]).Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(Packs.FrequentPatching).Should().BeEquivalentTo(Expect.Finding("HU-FRQ-03", 2, "com.a"));
    }

    [Fact]
    public async Task Assess_RollbacksOfOneAppVersionWithin24Hours_FiresFrq04AboveTwoTakingVersionFromThePatch()
    {
        // Given
        using var dir = new CaseBuilder().Operations(
        [
            .. Ops.Cycle("com.a", "5.2.0", "p1", Days(-2)),
            .. Ops.Cycle("com.a", "5.2.0", "p2", Days(-1), patchVersion: 2),
            .. Ops.Cycle("com.a", "5.3.0", "p3", Days(-1)),
            Ops.Upload("com.a", "5.4.0", "p4", Days(-1)),
            // 5.2.0: two in any 24 h (the third is 24 h + 1 s after the first): silent
            Ops.SetActive("com.a", "5.2.0", "p1", T0),
            Ops.Deactivate("com.a", "5.2.0", "p1", Hours(12)),
            Ops.SetActive("com.a", "5.2.0", "p2", Hours(24) + Second),
            // 5.3.0: three within exactly 24 h; the last row has no app_version: the patch's publish says 5.3.0
            Ops.SetActive("com.a", "5.3.0", "p3", T0),
            Ops.Deactivate("com.a", "5.3.0", "p3", Hours(12)),
            Ops.SetActive("com.a", null, "p3", Hours(24)),
            // 5.4.0: no row has a version and p4 was only uploaded: the upload says 5.4.0
            Ops.SetActive("com.a", null, "p4", Hours(2)),
            Ops.SetActive("com.a", null, "p4", Hours(3)),
            Ops.Deactivate("com.a", null, "p4", Hours(4)),
        ]).Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(Packs.FrequentPatching).Should().BeEquivalentTo(
            Expect.Finding("HU-FRQ-04", 3, "com.a", "5.3.0"),
            Expect.Finding("HU-FRQ-04", 3, "com.a", "5.4.0"));
    }

    [Fact]
    public async Task Assess_FailureShareOfAPatch_FiresFrq05AboveFivePercentOfAtLeastFiftyDevices()
    {
        // Given
        using var dir = new CaseBuilder().Telemetry(
        [
            .. FailingPatch("p1", devices: 50, failing: 3),   // 6 %: fires with 3
            .. FailingPatch("p2", devices: 50, failing: 2),   // 4 %: silent
            .. FailingPatch("p3", devices: 49, failing: 10),  // fewer than 50 devices: silent
            .. FailingPatch("p4", devices: 60, failing: 3),   // exactly 5 %: silent (the share must exceed 5 %)
        ]).Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(Packs.FrequentPatching).Should().BeEquivalentTo(Expect.Finding("HU-FRQ-05", 3, "com.a", "5.2.0", "p1"));
    }

    [Fact]
    public async Task Assess_FailuresThatDoNotCount_LeaveFrq05Silent()
    {
        // Given: 50 devices applied p1 and 2 fail for real (4 %); four more failures that must not count would make it 12 %.
        var devices = Enumerable.Range(1, 50).Select(i => new Device("com.a", "5.2.0", $"p1-{i:D2}")).ToList();
        using var dir = new CaseBuilder().Telemetry(
        [
            .. devices.Select((d, i) => d.ApplySuccess("p1", Hours(1) + TimeSpan.FromMinutes(i))),
            devices[0].ApplyFailed("p1", Hours(5)),
            devices[1].Rollback("p1", Hours(5)),
            devices[2].ApplyFailed("p1", Hours(0.5)),                  // before its first apply_success
            devices[3].Rollback(null, Hours(5)),                        // no patch_id
            devices[4].OnVersion("5.3.0").Crash("p1", Hours(5)),        // reported under another app version
            devices[5].ApplyFailed("p2", Hours(5)),                     // names another patch
        ]).Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(Packs.FrequentPatching).Should().BeEmpty();
    }

    private static IEnumerable<OperationRow> Publishes(string appId, string appVersion, string prefix, DateTimeOffset start,
        params double[] hours) =>
        hours.Select((h, i) => Ops.Publish(appId, appVersion, $"{prefix}-{i}", start + Exactly(h), i + 1));

    private static IEnumerable<TelemetryEvent> Applies(Device device, DateTimeOffset start, params double[] hours) =>
        hours.Select((h, i) => device.ApplySuccess($"p{i}", start + Exactly(h)));

    /// <summary>Hours as whole seconds, so 24 + 1/3600 is exactly 24 h 1 s.</summary>
    private static TimeSpan Exactly(double hours) => TimeSpan.FromSeconds(Math.Round(hours * 3600));

    /// <summary>
    /// <paramref name="devices"/> devices apply the patch; the first <paramref name="failing"/> fail in the three ways
    /// that count (apply_failed after, rollback and crash after, a crash at the apply's very instant).
    /// </summary>
    private static IEnumerable<TelemetryEvent> FailingPatch(string patchId, int devices, int failing)
    {
        for (var i = 0; i < devices; i++)
        {
            var device = new Device("com.a", "5.2.0", $"{patchId}-{i:D2}");
            var applied = Hours(1) + TimeSpan.FromMinutes(i);
            yield return device.ApplySuccess(patchId, applied);
            if (i >= failing)
            {
                continue;
            }

            switch (i % 3)
            {
                case 0:
                    yield return device.ApplyFailed(patchId, applied.AddHours(1));
                    break;
                case 1:
                    yield return device.Rollback(patchId, applied.AddHours(1));
                    yield return device.Crash(patchId, applied.AddHours(2));
                    break;
                default:
                    yield return device.Crash(patchId, applied);
                    break;
            }
        }
    }
}
