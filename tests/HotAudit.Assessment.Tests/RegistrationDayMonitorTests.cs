using System.Globalization;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace HotAudit.Assessment.Tests;

/// <summary>
/// The day a new version is registered is release work: the platform's admin registers it, a developer uploads its
/// first patch, a reviewer reviews it, its lead asks for approval — four people on a version that had none before.
/// Judged against the app's release days it is ordinary; the same four accounts on a quiet day of an old version are
/// not (clause 7.2 f, an unusual number of operators on one app version).
/// </summary>
public sealed class RegistrationDayMonitorTests : IDisposable
{
    private const string App = "com.test.register";
    private static readonly CaseDays Calendar = new(new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Unspecified));
    private static readonly string[] Versions = ["1.0.0", "2.0.0", "3.0.0", "4.0.0"];
    private readonly MonitorCase _case = new();
    private readonly OperationRows _ops = new(App);
    private int _patch;

    [Fact]
    public async Task RunAsync_FourPeopleOnANewVersionsRegistrationDay_NotFlagged_FourOnAQuietDayOfAnOldVersion_Flagged()
    {
        // Given: four versions registered on day 0, in use every day (two devices each launching the app), each released
        // once a week for 12 weeks by the chain (upload, review, approval request, approve, publish: four people); an
        // operator exports a version's log on one day in six; on
        // day 80 version 5.0.0 is registered and its first patch uploaded, reviewed and sent for approval (published the
        // next day); on day 82, a quiet day of 2.0.0, the same four accounts act on it (a targeting change, a log export,
        // a usage review, an approval request)
        foreach (var v in Versions)
        {
            Op(Calendar.At(0, 9), "admin", "admin", "version_register", v, "");
        }
        for (var day = 1; day < 84; day++)
        {
            for (var v = 0; v < Versions.Length; v++)
            {
                if (day % 7 == v + 1)
                {
                    Release(day, Versions[v]);
                }
                else if ((day + v) % 6 == 0)
                {
                    Op(Calendar.At(day, 16), "ops", "ops", "log_export", Versions[v], "");
                }
            }
        }
        Op(Calendar.At(80, 10), "admin", "admin", "version_register", "5.0.0", "");
        var first = $"P{++_patch}";
        Op(Calendar.At(80, 11), "dev", "developer", "patch_upload", "5.0.0", first);
        Op(Calendar.At(80, 13), "sec", "security", "security_review", "5.0.0", first, "pass");
        Op(Calendar.At(80, 14), "lead", "lead", "approval_request", "5.0.0", first);
        Op(Calendar.At(81, 10), "lead", "lead", "approve", "5.0.0", first, "approved");
        Op(Calendar.At(81, 11), "rel", "release", "publish", "5.0.0", first);
        Op(Calendar.At(82, 10), "admin", "admin", "targeting_change", "2.0.0", "");
        Op(Calendar.At(82, 11), "dev", "developer", "log_export", "2.0.0", "");
        Op(Calendar.At(82, 13), "sec", "security", "usage_review", "2.0.0", "");
        Op(Calendar.At(82, 14), "lead", "lead", "approval_request", "2.0.0", "");
        _case.Write("operations.csv", _ops.ToString());
        var launches = new StringBuilder("ts,event_id,app_id,app_version,device_id,event\n");
        for (var day = 0; day < 84; day++)
        {
            foreach (var v in Versions)
            {
                foreach (var device in new[] { "a", "b" })
                {
                    launches.Append(CultureInfo.InvariantCulture, $"{MonitorCase.At(Calendar.At(day, 8))},{v}-{device}-{day},{App},{v},{v}-{device},launch\n");
                }
            }
        }
        _case.Write("telemetry.csv", launches.ToString());

        // When
        var days = await _case.AnomaliesAsync();

        // Then
        var registered = days[("5.0.0", Calendar.Day(80))];
        Operators(registered).GetProperty("value").GetDouble().Should().Be(4);
        registered.GetProperty("flagged").GetBoolean().Should().BeFalse();
        var quiet = days[("2.0.0", Calendar.Day(82))];
        Operators(quiet).GetProperty("value").GetDouble().Should().Be(4);
        quiet.GetProperty("flagged").GetBoolean().Should().BeTrue();
        quiet.GetProperty("explanation").GetString().Should().StartWith("distinct operators");
    }

    private static JsonElement Operators(JsonElement day) => day.GetProperty("features").GetProperty("operators");

    private void Release(int day, string version)
    {
        var patch = $"P{++_patch}";
        Op(Calendar.At(day, 9), "dev", "developer", "patch_upload", version, patch);
        Op(Calendar.At(day, 10), "sec", "security", "security_review", version, patch, "pass");
        Op(Calendar.At(day, 11), "lead", "lead", "approval_request", version, patch);
        Op(Calendar.At(day, 12), "lead", "lead", "approve", version, patch, "approved");
        Op(Calendar.At(day, 13), "rel", "release", "publish", version, patch);
    }

    private void Op(DateTime at, string who, string role, string action, string version, string patch, string result = "") =>
        _ops.Add(at, who, role, action, version, patch, _patch, result);

    public void Dispose() => _case.Dispose();
}
