using System.Globalization;
using System.Text;
using FluentAssertions;
using Xunit;
using static HotAudit.Assessment.Tests.MonitorCase;

namespace HotAudit.Assessment.Tests;

/// <summary>
/// Devices applying the patch they already run, on a day nothing was released, are the "frequent updates" of clause
/// 7.2 f: the monitor counts them (repeat_applies) and flags the day; a release's first applies, including those an SDK
/// reports after the restart that installed the patch, are not repeats.
/// </summary>
public sealed class RepeatApplyMonitorTests : IDisposable
{
    private const string App = "com.test.loop";
    private const int Devices = 40;
    private static readonly CaseDays Calendar = new(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Unspecified));
    private readonly MonitorCase _case = new();

    [Fact]
    public async Task RunAsync_DevicesApplyingThePatchTheyRunAgain_DayFlaggedOnRepeatApplies_ReleaseDayNot()
    {
        // Given: 40 devices that applied patch P1 on the first day and launch with it every day after; on day 20 twelve
        // of them download and apply P1 again; on day 25 P2 is published and every device downloads it, then installs
        // it at its next start (the launch already carrying P2 just before the apply_success)
        WriteCase(repeatDay: 20, repeaters: 12, releaseDay: 25);

        // When
        var days = await _case.AnomaliesAsync();

        // Then
        var day20 = days[("1.0.0", Calendar.Day(20))];
        day20.GetProperty("features").GetProperty("repeat_applies").GetProperty("value").GetDouble().Should().Be(12);
        day20.GetProperty("flagged").GetBoolean().Should().BeTrue();
        day20.GetProperty("explanation").GetString().Should().Contain("already running");
        var day25 = days[("1.0.0", Calendar.Day(25))];
        day25.GetProperty("features").GetProperty("repeat_applies").GetProperty("value").GetDouble().Should().Be(0);
        days[("1.0.0", Calendar.Day(26))].GetProperty("features").GetProperty("repeat_applies").GetProperty("value").GetDouble().Should().Be(0);
    }

    [Fact]
    public async Task RunAsync_OneDeviceReapplyingOnce_NotFlagged()
    {
        // Given: the same case with one device applying P1 again once on day 20
        WriteCase(repeatDay: 20, repeaters: 1, releaseDay: 25);

        // When
        var days = await _case.AnomaliesAsync();

        // Then: one repeat is counted but is not enough to flag the day
        var day20 = days[("1.0.0", Calendar.Day(20))];
        day20.GetProperty("features").GetProperty("repeat_applies").GetProperty("value").GetDouble().Should().Be(1);
        day20.GetProperty("flagged").GetBoolean().Should().BeFalse();
    }

    private void WriteCase(int repeatDay, int repeaters, int releaseDay)
    {
        var ops = new StringBuilder("ts,op_id,operator,role,action,app_id,app_version,patch_id,patch_version,content,approval_id,result\n");
        var id = 0;
        void Op(DateTime at, string action, string patch, int version) =>
            ops.Append(CultureInfo.InvariantCulture, $"{At(at)},op{++id},alice,developer,{action},{App},1.0.0,{patch},{version},,ap{id},success\n");
        foreach (var (patch, version, day) in new[] { ("P1", 1, 0), ("P2", 2, releaseDay) })
        {
            Op(Calendar.At(day, 7), "patch_upload", patch, version);
            Op(Calendar.At(day, 7.5), "publish", patch, version);
        }
        _case.Write("operations.csv", ops.ToString());

        var rows = new StringBuilder("ts,event_id,app_id,app_version,device_id,event,patch_id,app_state,user_initiated,install_mode,transport\n");
        var e = 0;
        void Row(DateTime at, string device, string ev, string patch = "", string mode = "") =>
            rows.Append(CultureInfo.InvariantCulture, $"{At(at)},e{++e},{App},1.0.0,{device},{ev},{patch},foreground,true,{mode},https\n");
        void Update(DateTime at, string device, string patch, string mode)
        {
            Row(at, device, "update_check");
            Row(at.AddSeconds(2), device, "download_start", patch);
            Row(at.AddSeconds(20), device, "download_complete", patch);
            Row(at.AddSeconds(21), device, "verify_passed", patch);
            if (mode == "immediate")
            {
                Row(at.AddSeconds(23), device, "apply_start", patch, mode);
                Row(at.AddSeconds(25), device, "apply_success", patch, mode);
            }
        }
        for (var d = 0; d < 31; d++)
        {
            for (var k = 0; k < Devices; k++)
            {
                var device = $"dev-{k:D3}";
                var morning = Calendar.At(d, 9).AddMinutes(k);
                var running = d == 0 ? "" : d > releaseDay ? "P2" : "P1";
                Row(morning, device, "launch", running);
                if (d == 0)
                {
                    Update(morning.AddSeconds(5), device, "P1", "immediate");
                }
                else if (d == repeatDay && k < repeaters)
                {
                    Update(morning.AddSeconds(5), device, "P1", "immediate");
                }
                else if (d == releaseDay)
                {
                    // Downloaded in the morning, installed at the afternoon's start: the launch reports P2, then its apply.
                    Update(morning.AddSeconds(5), device, "P2", "on_next_restart");
                    var restart = morning.AddHours(6);
                    Row(restart, device, "launch", "P2");
                    Row(restart.AddSeconds(1), device, "apply_start", "P2", "on_next_restart");
                    Row(restart.AddSeconds(2), device, "apply_success", "P2", "on_next_restart");
                }
                else
                {
                    Row(morning.AddSeconds(5), device, "update_check");
                }
            }
        }
        _case.Write("telemetry.csv", rows.ToString());
    }

    public void Dispose() => _case.Dispose();
}
