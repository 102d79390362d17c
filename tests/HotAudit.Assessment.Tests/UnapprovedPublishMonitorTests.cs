using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace HotAudit.Assessment.Tests;

/// <summary>
/// Publishes that skip the platform's approval, on a team whose record says it has every patch approved, are unlike the
/// team (clause 7.2 f, with 7.1 a): two such on a version in one day are flagged, where two approved publishes (a fix of
/// the fix) are ordinary and one unapproved publish is HU-GOV-02's finding, not the monitor's.
/// </summary>
public sealed class UnapprovedPublishMonitorTests : IDisposable
{
    private const string App = "com.test.process";
    private static readonly CaseDays Calendar = new(new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Unspecified));
    private readonly MonitorCase _case = new();
    private readonly OperationRows _ops = new(App);
    private int _patch;

    [Fact]
    public async Task RunAsync_TwoUnapprovedPublishesOnATeamThatApprovesEverything_Flagged_TwoApprovedOrOneUnapprovedNot()
    {
        // Given: three versions, each released through upload, approval and publish every third day for 60 days (with a
        // fix of the fix now and then); on day 45 version 1.0.0 gets two patches uploaded and published without approval,
        // on day 48 version 2.0.0 a fix of the fix (both approved), on day 51 version 3.0.0 one unapproved publish
        for (var day = 0; day < 60; day++)
        {
            foreach (var (version, phase) in new[] { ("1.0.0", 0), ("2.0.0", 1), ("3.0.0", 2) })
            {
                if (day % 3 != phase || (day, version) is (45, "1.0.0") or (48, "2.0.0") or (51, "3.0.0"))
                {
                    continue;
                }
                Release(day, version, approved: true);
                if (day % 15 == phase)
                {
                    Release(day, version, approved: true, hour: 15);
                }
            }
        }
        Release(45, "1.0.0", approved: false);
        Release(45, "1.0.0", approved: false, hour: 11);
        Release(48, "2.0.0", approved: true);
        Release(48, "2.0.0", approved: true, hour: 15);
        Release(51, "3.0.0", approved: false);
        _case.Write("operations.csv", _ops.ToString());

        // When
        var days = await _case.AnomaliesAsync();

        // Then
        var burst = days[("1.0.0", Calendar.Day(45))];
        Unapproved(burst).GetProperty("value").GetDouble().Should().Be(2);
        burst.GetProperty("flagged").GetBoolean().Should().BeTrue();
        burst.GetProperty("explanation").GetString().Should().Contain("publishes without an approval before them 2");
        var fix = days[("2.0.0", Calendar.Day(48))];
        Unapproved(fix).GetProperty("value").GetDouble().Should().Be(0);
        fix.GetProperty("flagged").GetBoolean().Should().BeFalse();
        var single = days[("3.0.0", Calendar.Day(51))];
        Unapproved(single).GetProperty("value").GetDouble().Should().Be(1);
        Unapproved(single).GetProperty("p_value").GetDouble().Should().Be(1);
        single.GetProperty("flagged").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task RunAsync_TwoUnapprovedPublishesOnAWeeklyVersion_FlaggedByTheCountAndTheApprovalsTogether()
    {
        // Given: three versions, each released once a week through upload, approval and publish for ten weeks (never a
        // second publish in a day); on day 63 version 1.0.0 gets two patches uploaded and published without approval —
        // alone, neither two publishes on a weekly version (p ≈ 3e-3) nor two unapproved of two on a team of some thirty
        // approved publishes (p ≈ 1e-4) passes the cut; together they are one day in millions
        for (var day = 0; day < 70; day++)
        {
            foreach (var (version, phase) in new[] { ("1.0.0", 0), ("2.0.0", 2), ("3.0.0", 4) })
            {
                if (day % 7 == phase && (day, version) is not (63, "1.0.0"))
                {
                    Release(day, version, approved: true);
                }
            }
        }
        Release(63, "1.0.0", approved: false);
        Release(63, "1.0.0", approved: false, hour: 11);
        _case.Write("operations.csv", _ops.ToString());

        // When
        var days = await _case.AnomaliesAsync();

        // Then
        var burst = days[("1.0.0", Calendar.Day(63))];
        Unapproved(burst).GetProperty("value").GetDouble().Should().Be(2);
        burst.GetProperty("flagged").GetBoolean().Should().BeTrue();
        Unapproved(burst).GetProperty("p_value").GetDouble().Should().BeLessThan(1e-5);
        burst.GetProperty("explanation").GetString().Should().Contain("with the day's publishes");
        days.Where(d => d.Key != ("1.0.0", Calendar.Day(63))).Should().OnlyContain(d => !d.Value.GetProperty("flagged").GetBoolean());
    }

    private static JsonElement Unapproved(JsonElement day) => day.GetProperty("features").GetProperty("unapproved_publishes");

    private void Release(int day, string version, bool approved, double hour = 9)
    {
        var patch = $"P{++_patch}";
        var at = Calendar.At(day, hour);
        Op(at, "dev1", "developer", "patch_upload", version, patch, "");
        if (approved)
        {
            Op(at.AddMinutes(20), "dev1", "developer", "approval_request", version, patch, "");
            Op(at.AddMinutes(50), "lead1", "lead", "approve", version, patch, "approved");
        }
        Op(at.AddMinutes(80), "rel1", "release", "publish", version, patch, "");
    }

    private void Op(DateTime at, string who, string role, string action, string version, string patch, string result) =>
        _ops.Add(at, who, role, action, version, patch, _patch, result);

    public void Dispose() => _case.Dispose();
}
