using System.Globalization;
using System.Text;
using FluentAssertions;
using Xunit;
using static HotAudit.Assessment.Tests.MonitorCase;

namespace HotAudit.Assessment.Tests;

/// <summary>
/// The failing share is of the devices that ran or took a patch: before a version's first patch its devices cannot fail
/// on one (a crash "after a patch was active", an apply that failed), so those days say nothing of how often patched
/// devices fail, and a version whose first patch brings the usual 1 % of crashes is not flagged day after day.
/// </summary>
public sealed class FailingShareMonitorTests : IDisposable
{
    private const string App = "com.test.crash";
    private const int Devices = 300;
    private static readonly DateTime Start = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private readonly MonitorCase _case = new();

    [Fact]
    public async Task RunAsync_FirstPatchBringsTheUsualFewCrashes_DaysAfterItNotFlagged()
    {
        // Given: 300 devices on a version with no patch for 20 days; on day 20 patch P1 is published and applied; from
        // then on 3 devices a day (1 %) crash with it
        var ops = new StringBuilder("ts,op_id,operator,role,action,app_id,app_version,patch_id,patch_version,content,approval_id,result\n");
        var release = Start.AddDays(20).AddHours(7);
        ops.Append(CultureInfo.InvariantCulture, $"{At(Start.AddHours(8))},op0,lead1,lead,version_register,{App},1.0.0,,,,,\n");
        ops.Append(CultureInfo.InvariantCulture, $"{At(release)},op1,dev1,developer,patch_upload,{App},1.0.0,P1,1,fix,,\n");
        ops.Append(CultureInfo.InvariantCulture, $"{At(release.AddMinutes(30))},op2,lead1,lead,approve,{App},1.0.0,P1,1,,AP1,approved\n");
        ops.Append(CultureInfo.InvariantCulture, $"{At(release.AddMinutes(60))},op3,rel1,release,publish,{App},1.0.0,P1,1,fix,AP1,\n");
        _case.Write("operations.csv", ops.ToString());
        var rows = new StringBuilder("ts,event_id,app_id,app_version,device_id,event,patch_id,app_state,user_initiated,install_mode,transport\n");
        var e = 0;
        void Row(DateTime at, string device, string ev, string patch = "", string mode = "") =>
            rows.Append(CultureInfo.InvariantCulture, $"{At(at)},e{++e},{App},1.0.0,{device},{ev},{patch},foreground,true,{mode},https\n");
        for (var d = 0; d < 41; d++)
        {
            for (var k = 0; k < Devices; k++)
            {
                var device = $"dev-{k:D3}";
                var morning = Start.AddDays(d).AddHours(9).AddSeconds(k * 30);
                Row(morning, device, "launch", d > 20 ? "P1" : "");
                Row(morning.AddSeconds(3), device, "update_check");
                if (d == 20)
                {
                    Row(morning.AddSeconds(5), device, "download_start", "P1");
                    Row(morning.AddSeconds(20), device, "download_complete", "P1");
                    Row(morning.AddSeconds(21), device, "verify_passed", "P1");
                    Row(morning.AddSeconds(23), device, "apply_start", "P1", "immediate");
                    Row(morning.AddSeconds(25), device, "apply_success", "P1", "immediate");
                }
                else if (d > 20 && (k + d) % 100 == 0)
                {
                    Row(morning.AddMinutes(20), device, "crash", "P1");
                }
            }
        }
        _case.Write("telemetry.csv", rows.ToString());

        // When
        var anomalies = await _case.AnomaliesAsync();

        // Then: the days after the release are judged against patched days only, where 1 % is the usual
        var days = anomalies.Values
            .Where(a => string.CompareOrdinal(a.GetProperty("day").GetString(), Start.AddDays(22).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) >= 0)
            .ToList();
        days.Should().HaveCount(19);
        days.Should().OnlyContain(a => a.GetProperty("features").GetProperty("failing_device_share").GetProperty("value").GetDouble() == 0.01);
        days.Where(a => a.GetProperty("flagged").GetBoolean()).Select(a => a.GetProperty("day").GetString()).Should().BeEmpty();
    }

    public void Dispose() => _case.Dispose();
}
