namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// Family "operator": a platform seen mostly through its operation log. 8–20 apps with 2–5 live app versions each,
/// a team per app moving patches through upload → security review → approval → publish; many quiet versions with
/// 0–1 operations a week and a few busy ones publishing near-daily. The anomalies are mostly small operation-log
/// bursts on quiet versions, plus every telemetry kind at several strengths; see <see cref="StrengthPlan"/>.
/// </summary>
/// <param name="rowBudget">Telemetry rows a case writes at most, roughly (tests use small cases).</param>
internal sealed class OperatorFamily(int rowBudget = OperatorFamily.DefaultRowBudget) : IScenarioFamily
{
    /// <summary>About a million rows with duplicates: a case written in seconds, assessed in seconds.</summary>
    public const int DefaultRowBudget = 850_000;

    public string Name => "operator";

    public ScenarioTruth Write(string caseDir, int seed)
    {
        Directory.CreateDirectory(caseDir);
        var rng = new Random(seed);
        var world = WorldBuilder.Build(rng, rowBudget);
        var log = new OperationLog(world);
        var ledger = new Ledger(world);
        BaselineScheduler.Schedule(log, rng);
        OperationSpecials.Schedule(log, ledger, rng);
        OperationInjector.Inject(log, ledger, rng);
        var timelines = PatchTimelines.Build(log);
        var devices = DevicePopulation.Create(world, rng);
        var events = new TelemetrySimulator(world, timelines, ledger, rng).Run(devices);
        var index = new VectorIndex(events, world.Calendar);
        new TelemetryInjector(world, timelines, ledger, rng).Inject(events, index);
        ControlsBuilder.Add(world, ledger, index);
        var patches = new PatchFacts(world);
        TelemetryWriter.Write(caseDir, events, new TelemetryColumns(world, devices, patches), seed, rng);
        OperationsWriter.Write(caseDir, world, timelines.Rows, patches);
        CaseFile.Write(caseDir, seed, world.Calendar);
        return new ScenarioTruth(
            Name, seed,
            [.. ledger.Anomalies.OrderBy(a => a.Day).ThenBy(a => a.AppId, StringComparer.Ordinal).ThenBy(a => a.Kind, StringComparer.Ordinal)],
            [.. ledger.Controls.OrderBy(c => c.Day).ThenBy(c => c.AppId, StringComparer.Ordinal).ThenBy(c => c.AppVersion, StringComparer.Ordinal)]);
    }
}
