using HotAudit.Core.Engine;
using HotAudit.Core.Expressions;
using HotAudit.Core.Monitoring;
using HotAudit.Core.Portable;

namespace HotAudit.Rules.Tests.Kinds;

/// <summary>A monitor rule's findings are the run's monitor's flagged vectors; its subject names no row column.</summary>
public sealed class MonitorKindTests
{
    private static readonly RuleDefinition Anomalies = Rule(new MonitorMechanism(), InputKind.Telemetry, ["app_id", "app_version", "day"], CountMode.One);

    private static readonly IReadOnlyList<IReadOnlyDictionary<string, string>> Rows = [Tel("2026-05-01 10:00:00", "d1", "launch")];

    [Fact]
    public void Evaluate_FlaggedVectors_OneFindingEach()
    {
        var monitor = new FixedMonitor(
            new ScoredVector("a", "1.0", new DateOnly(2026, 5, 1), [], 5, 1, Flagged: true, "many crashes"),
            new ScoredVector("a", "1.0", new DateOnly(2026, 5, 2), [], 0.1, 0.1, Flagged: false, ""));

        Findings(Anomalies, Rows, monitor: monitor).Should().Equal("app_id=a, app_version=1.0, day=2026-05-01 count=1");
    }

    [Fact]
    public void Evaluate_NoMonitorInTheRun_NoFinding()
    {
        Findings(Anomalies, Rows).Should().BeEmpty();
    }

    private sealed class FixedMonitor(params ScoredVector[] vectors) : IAnomalyMonitor
    {
        public IDevicePartial NewPartial() => new NothingObserved();

        public IReadOnlyList<ScoredVector> Score(IDevicePartial observed, MonitorRun run) => vectors;
    }

    private sealed class NothingObserved : IDevicePartial
    {
        public void Observe(ReadOnlySpan<HotAudit.Core.Data.Record> device, EvalContext context)
        {
        }

        public void Merge(IDevicePartial other)
        {
        }

        public void Write(PortableWriter writer)
        {
        }

        public void Read(PortableReader reader)
        {
        }
    }
}
