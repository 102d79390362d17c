using FluentAssertions;
using HotAudit.Bench.Scenarios.Fleet;
using Xunit;

namespace HotAudit.Bench.Tests.Scenarios.Fleet;

/// <summary>The exports look like a real fleet's: repeated across files, late and out of order, from several time zones.</summary>
public sealed class FleetExportsTests
{
    private static readonly FleetCase Case = new(seed: 11);

    [Fact]
    public void Write_RepeatedEvents_EachInTwoDifferentFilesWithTheSameFields()
    {
        var repeated = Case.Telemetry().GroupBy(r => r.Fields["event_id"]).Where(g => g.Count() > 1).ToList();

        repeated.Should().NotBeEmpty();
        repeated.Should().OnlyContain(g => g.Count() == 2 && g.Select(r => r.File).Distinct().Count() == 2);
        repeated.Should().OnlyContain(g => g.First().Local == g.Last().Local && g.First().Fields["event"] == g.Last().Fields["event"]);
        Case.Operations().GroupBy(r => r["op_id"]).Should().Contain(g => g.Count() == 2);
    }

    [Fact]
    public void Write_LateExport_OutOfTimeOrderAndSpanningTheCase()
    {
        var late = Case.Telemetry().Where(r => r.File == TelemetryExports.Names[TelemetryExports.Late]).Select(r => r.Local!.Value).ToList();

        late.Should().HaveCountGreaterThan(100);
        late.Should().NotBeInAscendingOrder();
        (late.Max() - late.Min()).TotalDays.Should().BeGreaterThan(30);
    }

    [Fact]
    public void Write_DevicesAbroad_OnTheirOwnClocksSomeAtNightCaseTime()
    {
        // Given: the international export's rows from clocks other than the case's +08:00 (repeats of domestic rows may land there too)
        var abroad = Case.Telemetry().Where(r => r.File == TelemetryExports.Names[TelemetryExports.Abroad] && !r.Fields["ts"].EndsWith("+08:00", StringComparison.Ordinal)).ToList();

        // Then: several zones, and a fair share of their use falls in the case's night
        abroad.Select(r => r.Fields["ts"][^6..]).Distinct().Should().HaveCountGreaterThanOrEqualTo(3);
        abroad.Count(r => r.Local!.Value.Hour < 6).Should().BeGreaterThan(abroad.Count / 10);
    }

    [Fact]
    public void Write_BadRows_OnlyTheFiveDeliberateOnesInTheLegacyExport()
    {
        var bad = Case.Telemetry().Where(r => r.Fields["event_id"].StartsWith("bad-", StringComparison.Ordinal)).ToList();

        bad.Should().HaveCount(TelemetryWriter.BadRows);
        bad.Should().OnlyContain(r => r.File == TelemetryExports.Names[TelemetryExports.Legacy]);
        Case.Telemetry().Where(r => !r.Fields["event_id"].StartsWith("bad-", StringComparison.Ordinal)).Should().OnlyContain(r => r.Local != null);
    }

    [Fact]
    public void Write_StagedRollouts_DownloadsOnlyFromDevicesInsideTheGate()
    {
        // Given: the conditional publishes ("bucket < 10"), the widenings that follow, and set_active (to everyone)
        var ops = Case.Operations().DistinctBy(r => r["op_id"])
            .Where(r => r.ContainsKey("patch_id") && (r.ContainsKey("condition") || r["action"] is "publish" or "set_active"))
            .Select(r => (Patch: r["patch_id"], At: FleetCase.Local(r["ts"])!.Value,
                Gate: r.TryGetValue("condition", out var c) ? int.Parse(c.Split('<')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture) : 100))
            .OrderBy(o => o.At).ToList();
        ops.Should().Contain(o => o.Gate == 10);

        // Then: a download of a gated patch before its gate widened comes from a device whose bucket is under the gate
        var downloads = Case.Telemetry().Where(r => r.Fields["event"] == "download_start" && r.Fields.ContainsKey("attrs")).ToList();
        foreach (var d in downloads)
        {
            var gate = ops.LastOrDefault(o => o.Patch == d.Fields["patch_id"] && o.At <= d.Local!.Value);
            if (gate.Patch is null || gate.Gate >= 100)
                continue;
            var bucket = int.Parse(d.Fields["attrs"].Split(';')[0]["bucket=".Length..], System.Globalization.CultureInfo.InvariantCulture);
            bucket.Should().BeLessThan(gate.Gate);
        }
    }
}
