using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace HotAudit.Assessment.Tests;

/// <summary>
/// Rollbacks that switch one patch back and forth in a day (on-call flipping while chasing a crash) are unlike rollbacks
/// that move on (switch the bad patch off, make the earlier one active): on a quiet version two rollbacks of the first
/// kind are flagged, two of the second are not, though the count is the same (clause 7.2 f).
/// </summary>
public sealed class RollbackFlapMonitorTests : IDisposable
{
    private const string App = "com.test.flaps";
    private static readonly CaseDays Calendar = new(new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Unspecified));
    private static readonly string[] Versions = ["1.0.0", "2.0.0", "3.0.0", "4.0.0", "5.0.0", "6.0.0"];
    private readonly MonitorCase _case = new();
    private readonly OperationRows _ops = new(App);
    private readonly Dictionary<string, List<string>> _published = [];
    private int _patch;

    [Fact]
    public async Task RunAsync_TwoRollbacksSwitchingOnePatchOnAndOff_Flagged_TwoThatMoveOnNot()
    {
        // Given: six versions, each released once a week for 13 weeks; now and then a version rolls back once (the
        // previous patch made active again), twice in the period with the two steps (the bad patch switched off, the
        // previous made active); on day 86 version 1.0.0 has its previous patch made active and switched off again 40
        // minutes later, on day 87 version 2.0.0 its bad patch switched off and the previous made active
        for (var day = 0; day < 91; day++)
        {
            for (var v = 0; v < Versions.Length; v++)
            {
                if (day % 7 == v)
                {
                    Publish(day, Versions[v]);
                }
            }
        }
        foreach (var (day, v) in new[] { (11, 3), (25, 4), (39, 5), (53, 2), (67, 4), (74, 5) })
        {
            Op(Calendar.At(day, 14), "oncall", "oncall", "set_active", Versions[v], Previous(Versions[v]));
        }
        foreach (var (day, v) in new[] { (32, 2), (60, 3) })
        {
            TwoStep(day, Versions[v]);
        }
        var back = Previous("1.0.0");
        Op(Calendar.At(86, 14), "oncall", "oncall", "set_active", "1.0.0", back);
        Op(Calendar.At(86, 14).AddMinutes(40), "lead", "lead", "deactivate", "1.0.0", back);
        TwoStep(87, "2.0.0");
        _case.Write("operations.csv", _ops.ToString());

        // When
        var days = await _case.AnomaliesAsync();

        // Then
        var flap = days[("1.0.0", Calendar.Day(86))];
        flap.GetProperty("features").GetProperty("rollbacks").GetProperty("value").GetDouble().Should().Be(2);
        Flaps(flap).GetProperty("value").GetDouble().Should().Be(1);
        flap.GetProperty("flagged").GetBoolean().Should().BeTrue();
        flap.GetProperty("explanation").GetString().Should().Contain($"(a patch switched back and forth) 1 on {Calendar.Day(86)}").And.Contain("with the day's rollbacks");
        var moveOn = days[("2.0.0", Calendar.Day(87))];
        moveOn.GetProperty("features").GetProperty("rollbacks").GetProperty("value").GetDouble().Should().Be(2);
        Flaps(moveOn).GetProperty("value").GetDouble().Should().Be(0);
        Flaps(moveOn).GetProperty("p_value").GetDouble().Should().Be(1);
        moveOn.GetProperty("flagged").GetBoolean().Should().BeFalse();
        // the count alone is about as unusual on both quiet versions; what differs is the patch switched back and forth
        Count(flap).Should().BeInRange(Count(moveOn) / 2, Count(moveOn) * 2);
        flap.GetProperty("explanation").GetString().Should().StartWith("rollbacks undoing an earlier rollback of the day");
    }

    private static double Count(JsonElement day) => day.GetProperty("features").GetProperty("rollbacks").GetProperty("p_value").GetDouble();

    private static JsonElement Flaps(JsonElement day) => day.GetProperty("features").GetProperty("rollback_flaps");

    private void Publish(int day, string version)
    {
        var patch = $"P{++_patch}";
        (_published.TryGetValue(version, out var list) ? list : _published[version] = []).Add(patch);
        Op(Calendar.At(day, 9), "dev1", "developer", "patch_upload", version, patch);
        Op(Calendar.At(day, 9).AddMinutes(50), "lead", "lead", "approve", version, patch, "approved");
        Op(Calendar.At(day, 9).AddMinutes(80), "rel1", "release", "publish", version, patch);
    }

    /// <summary>The patch published before the version's latest.</summary>
    private string Previous(string version) => _published[version][^2];

    private void TwoStep(int day, string version)
    {
        Op(Calendar.At(day, 14), "oncall", "oncall", "deactivate", version, _published[version][^1]);
        Op(Calendar.At(day, 14).AddMinutes(15), "oncall", "oncall", "set_active", version, Previous(version));
    }

    private void Op(DateTime at, string who, string role, string action, string version, string patch, string result = "") =>
        _ops.Add(at, who, role, action, version, patch, _patch, result);

    public void Dispose() => _case.Dispose();
}
