using System.Globalization;
using System.Text;
using FluentAssertions;
using Xunit;
using static HotAudit.Assessment.Tests.MonitorCase;

namespace HotAudit.Assessment.Tests;

/// <summary>
/// A device's <c>rollback</c> after the server sent its version back (<c>set_active</c> of an earlier patch) is the
/// device doing what it was told, over the days its devices take to check in: not a failure of the patch. The same
/// device rollbacks without that operation are.
/// </summary>
public sealed class ServerRollbackMonitorTests : IDisposable
{
    private const string App = "com.test.rollback";
    private const int Devices = 300;
    private static readonly DateTime Start = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private readonly MonitorCase _case = new();

    [Theory]
    [InlineData(true, 0.0, false)]
    [InlineData(false, 0.1, true)]
    public async Task RunAsync_DevicesRollingBackForDays_FailuresOnlyWithoutTheServersRollback(bool serverRollback, double share, bool flagged)
    {
        // Given: P1 published on day 2, P2 on day 25; on day 30 (with serverRollback) the server makes P1 active again;
        // on days 31-35 a tenth of the devices (30 a day) roll back from P2
        var ops = new StringBuilder("ts,op_id,operator,role,action,app_id,app_version,patch_id,patch_version,content,approval_id,result\n");
        var n = 0;
        void Op(DateTime at, string op, string patch) =>
            ops.Append(CultureInfo.InvariantCulture, $"{At(at)},op{++n},lead1,lead,{op},{App},1.0.0,{patch},1,fix,AP{patch},{(op == "approve" ? "approved" : "")}\n");
        foreach (var (day, patch) in new[] { (2, "P1"), (25, "P2") })
        {
            Op(Start.AddDays(day).AddHours(7), "patch_upload", patch);
            Op(Start.AddDays(day).AddHours(7.5), "approve", patch);
            Op(Start.AddDays(day).AddHours(8), "publish", patch);
        }
        if (serverRollback)
        {
            Op(Start.AddDays(30).AddHours(20), "set_active", "P1");
        }
        _case.Write("operations.csv", ops.ToString());
        var rows = new StringBuilder("ts,event_id,app_id,app_version,device_id,event,patch_id,app_state,user_initiated,install_mode,transport\n");
        var e = 0;
        void Row(DateTime at, string device, string ev, string patch = "") =>
            rows.Append(CultureInfo.InvariantCulture, $"{At(at)},e{++e},{App},1.0.0,{device},{ev},{patch},foreground,true,immediate,https\n");
        for (var d = 0; d < 36; d++)
        {
            var running = d > 25 ? "P2" : d > 2 ? "P1" : "";
            for (var k = 0; k < Devices; k++)
            {
                var device = $"dev-{k:D3}";
                var morning = Start.AddDays(d).AddHours(9).AddSeconds(k * 30);
                Row(morning, device, "launch", running);
                Row(morning.AddSeconds(3), device, "update_check");
                if (d is 2 or 25)
                {
                    var patch = d == 2 ? "P1" : "P2";
                    Row(morning.AddSeconds(20), device, "download_complete", patch);
                    Row(morning.AddSeconds(25), device, "apply_success", patch);
                }
                else if (d > 30 && k % 10 == d % 10)
                {
                    Row(morning.AddMinutes(20), device, "rollback", "P2");
                }
            }
        }
        _case.Write("telemetry.csv", rows.ToString());

        // When
        var anomalies = await _case.AnomaliesAsync();

        // Then
        var after = anomalies.Values
            .Where(a => string.CompareOrdinal(a.GetProperty("day").GetString(), Start.AddDays(31).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) >= 0)
            .ToList();
        after.Should().HaveCount(5);
        after.Should().OnlyContain(a => a.GetProperty("features").GetProperty("failing_device_share").GetProperty("value").GetDouble() == share);
        after.Any(a => a.GetProperty("flagged").GetBoolean()).Should().Be(flagged);
    }

    public void Dispose() => _case.Dispose();
}
