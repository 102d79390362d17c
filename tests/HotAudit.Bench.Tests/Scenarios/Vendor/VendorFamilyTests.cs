using FluentAssertions;
using HotAudit.Bench.Scenarios;
using HotAudit.Bench.Scenarios.Vendor;
using Xunit;

namespace HotAudit.Bench.Tests.Scenarios.Vendor;

public sealed class VendorFamilyTests(VendorCase written) : IClassFixture<VendorCase>
{
    [Fact]
    public void Every_anomaly_kind_is_injected_at_several_strengths_and_every_control_kind_recorded()
    {
        written.Truth.Anomalies.Select(a => a.Kind).Distinct().Should().BeEquivalentTo(AnomalyKinds.All);
        foreach (var kind in AnomalyKinds.All)
        {
            written.Truth.Anomalies.Where(a => a.Kind == kind).Select(a => a.Strength).Distinct().Should().HaveCountGreaterThan(1, kind);
        }
        written.Truth.Controls.Select(c => c.Kind).Distinct().Should().BeEquivalentTo(AnomalyKinds.Controls);
        written.Truth.Controls.Select(c => (c.AppId, c.AppVersion, c.Day))
            .Should().NotIntersectWith(written.Truth.Anomalies.Select(a => (a.AppId, a.AppVersion, a.Day)));
    }

    [Fact]
    public void The_http_and_failure_shares_recorded_are_the_ones_in_the_written_rows()
    {
        var kinds = new[] { AnomalyKinds.HttpDowngrade, AnomalyKinds.FailureSpike };
        var wanted = written.Truth.Anomalies.Where(a => kinds.Contains(a.Kind)).ToList();
        var keys = wanted.Select(a => (a.AppId, a.AppVersion, a.Day)).ToHashSet();
        var rows = VendorRow.Read(written.Dir).Where(r => keys.Contains((r.App, r.Version, r.Day))).ToList();
        foreach (var a in wanted)
        {
            var day = rows.Where(r => r.App == a.AppId && r.Version == a.AppVersion && r.Day == a.Day).ToList();
            var checks = day.Where(r => r.Event == "update_check").ToList();
            var measured = a.Kind == AnomalyKinds.HttpDowngrade
                ? (double)checks.Count(r => r.Transport == "http") / checks.Count
                : (double)day.Where(r => r.Event is "apply_failed" or "rollback" or "crash").Select(r => r.Device).Distinct().Count() / day.Select(r => r.Device).Distinct().Count();
            measured.Should().BeApproximately(a.Strength, 1e-12, $"{a.Kind} on {a.AppId} {a.AppVersion} {a.Day}");
        }
    }

    [Fact]
    public void The_publish_and_rollback_bursts_recorded_are_the_counts_in_the_operation_log()
    {
        var lines = File.ReadAllLines(Path.Combine(written.Dir, "operations.csv"));
        var header = ExportLines.Split(lines[0], ',');
        var ops = lines.Skip(1).Select(l => ExportLines.Fields(header, ExportLines.Split(l, ','))).ToList();
        foreach (var a in written.Truth.Anomalies.Where(a => a.Kind is AnomalyKinds.PublishBurst or AnomalyKinds.RollbackBurst))
        {
            var actions = a.Kind == AnomalyKinds.PublishBurst ? new[] { "publish" } : ["set_active", "deactivate"];
            var count = ops.Count(o => o.GetValueOrDefault("app_id") == a.AppId && o.GetValueOrDefault("app_version") == a.AppVersion
                && o["ts"].StartsWith(a.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                && actions.Contains(o["action"]));
            count.Should().Be((int)a.Strength, $"{a.Kind} on {a.AppId} {a.AppVersion} {a.Day}");
        }
    }

    [Fact]
    public void The_exports_are_out_of_time_order_and_deliver_some_events_twice()
    {
        var csv = VendorRow.Csv(Path.Combine(written.Dir, "telemetry-android-export.csv")).Take(5000).Select(r => r.Day).ToList();
        csv.Should().NotBeInAscendingOrder();
        var ids = VendorRow.Csv(Path.Combine(written.Dir, "telemetry-android-export.csv")).Select(r => r.Id)
            .Concat(VendorRow.Jsonl(Path.Combine(written.Dir, "telemetry-ios-stream.jsonl")).Select(r => r.Id)).ToList();
        (ids.Count - ids.Distinct().Count()).Should().BeGreaterThan(100);
    }

    [Fact]
    public void The_same_seed_writes_the_same_bytes()
    {
        var other = Path.Combine(Path.GetTempPath(), "vendor-again-" + Guid.NewGuid().ToString("N"));
        try
        {
            var truth = new VendorFamily().Write(other, 2);
            truth.Anomalies.Should().Equal(written.Truth.Anomalies);
            truth.Controls.Should().Equal(written.Truth.Controls);
            var names = Directory.GetFiles(written.Dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Directory.GetFiles(other).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(names);
            foreach (var name in names)
            {
                File.ReadAllBytes(Path.Combine(other, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(written.Dir, name!))).Should().BeTrue(name);
            }
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }
}
