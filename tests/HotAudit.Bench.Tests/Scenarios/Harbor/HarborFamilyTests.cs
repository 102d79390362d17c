using System.Text.Json;
using FluentAssertions;
using HotAudit.Anomalies;
using HotAudit.Assessment;
using HotAudit.Bench.Scenarios;
using HotAudit.Bench.Scenarios.Harbor;
using HotAudit.Signing;
using Xunit;

namespace HotAudit.Bench.Tests.Scenarios.Harbor;

public sealed class HarborFamilyTests(HarborWritten written) : IClassFixture<HarborWritten>
{
    [Fact]
    public void Every_anomaly_kind_is_injected_at_several_strengths_and_every_control_kind_recorded()
    {
        var truth = written.Case.Truth;
        truth.Anomalies.Select(a => a.Kind).Distinct().Should().BeEquivalentTo(AnomalyKinds.All);
        foreach (var kind in AnomalyKinds.All)
        {
            truth.Anomalies.Where(a => a.Kind == kind).Select(a => a.Strength).Distinct().Should().HaveCountGreaterThan(1, kind);
        }
        truth.Controls.Select(c => c.Kind).Should().Contain(AnomalyKinds.Controls).And.Contain(["night_release", "outage_day", "staged_widening", "routine_multi_publish"]);
        truth.Controls.Select(c => (c.AppId, c.AppVersion, c.Day)).Should().OnlyHaveUniqueItems()
            .And.NotIntersectWith(truth.Anomalies.Select(a => (a.AppId, a.AppVersion, a.Day)));
        written.Case.TelemetryRows.Should().BeInRange(500_000, 1_100_000);
    }

    [Fact]
    public void The_operation_log_bursts_recorded_are_the_counts_in_both_exports()
    {
        var ops = HarborOperations.Read(written.Dir);
        foreach (var a in written.Case.Truth.Anomalies.Where(a => a.Kind is AnomalyKinds.PublishBurst or AnomalyKinds.RollbackBurst or AnomalyKinds.OperatorBurst))
        {
            var day = ops.Where(o => o.App == a.AppId && o.Version == a.AppVersion && o.Day == a.Day).ToList();
            var measured = a.Kind switch
            {
                AnomalyKinds.PublishBurst => day.Count(o => o.Action == "publish"),
                AnomalyKinds.RollbackBurst => day.Count(o => o.Action is "set_active" or "deactivate"),
                _ => day.Select(o => o.Operator).Distinct().Count(),
            };
            measured.Should().Be((int)a.Strength, $"{a.Kind} on {a.AppId} {a.AppVersion} {a.Day}");
            a.Strength.Should().BeGreaterThanOrEqualTo(2);
        }
    }

    [Fact]
    public void The_same_seed_writes_the_same_bytes()
    {
        var one = Path.Combine(Path.GetTempPath(), "harbor-one-" + Guid.NewGuid().ToString("N"));
        var two = Path.Combine(Path.GetTempPath(), "harbor-two-" + Guid.NewGuid().ToString("N"));
        try
        {
            var a = HarborFamily.Build(one, 5, deviceDays: 20_000).Truth;
            var b = HarborFamily.Build(two, 5, deviceDays: 20_000).Truth;
            b.Anomalies.Should().Equal(a.Anomalies);
            b.Controls.Should().Equal(a.Controls);
            var names = Directory.GetFiles(one).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Directory.GetFiles(two).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(names);
            foreach (var name in names)
            {
                File.ReadAllBytes(Path.Combine(two, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(one, name!))).Should().BeTrue(name);
            }
        }
        finally
        {
            Directory.Delete(one, recursive: true);
            Directory.Delete(two, recursive: true);
        }
    }

    [Fact]
    public async Task Assess_HarborCase_RejectsOnlyTheResetClockRowsAndReadsEveryFile()
    {
        // Given: a small harbor case (four telemetry formats, two operation exports, repeats across files)
        var dir = Path.Combine(Path.GetTempPath(), "harbor-small-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = HarborFamily.Build(dir, 3, deviceDays: 25_000);
            var outDir = dir + "-out";

            // When
            var request = new AssessRequest { CaseDirectory = dir, Out = outDir, Formats = ["json"], FailOn = null, RuleFolders = [ShippedRules.Folder] };
            var services = new AssessServices(TimeProvider.System, new PatchSignatureVerifier(), kept => new AnomalyMonitor(kept));
            var exit = await new AssessRunner(services, TextWriter.Null).RunAsync(request, CancellationToken.None);

            // Then: only the 1970 rows are rejected, every written row is read, repeats are counted once
            exit.Should().Be(0);
            using var findings = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "findings.json")));
            var quality = findings.RootElement.GetProperty("data_quality");
            written.BadRows.Should().BePositive();
            quality.GetProperty("rejected").GetInt32().Should().Be(written.BadRows);
            quality.GetProperty("rejections").EnumerateArray().Select(r => r.GetProperty("field").GetString()).Distinct().Should().Equal("ts");
            quality.GetProperty("rows_read").GetInt32().Should().Be(written.TelemetryRows + written.OperationRows);
            quality.GetProperty("duplicates").GetInt32().Should().BePositive();
            findings.RootElement.GetProperty("notices").GetArrayLength().Should().Be(0);
            var days = findings.RootElement.GetProperty("anomalies").EnumerateArray()
                .Select(a => (a.GetProperty("app_id").GetString()!, a.GetProperty("app_version").GetString()!, DateOnly.Parse(a.GetProperty("day").GetString()!, System.Globalization.CultureInfo.InvariantCulture))).ToHashSet();
            written.Truth.Anomalies.Select(a => (a.AppId, a.AppVersion, a.Day)).Should().BeSubsetOf(days);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
            if (Directory.Exists(dir + "-out"))
            {
                Directory.Delete(dir + "-out", recursive: true);
            }
        }
    }
}
