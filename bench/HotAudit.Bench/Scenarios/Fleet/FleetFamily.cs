namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// Family "fleet": a platform serving many apps of very different sizes (tens of devices to thousands), with devices
/// joining, leaving and upgrading the app, users abroad in other time zones, legacy SDK builds on http, devices whose
/// installs always fail, staged rollouts widened by automation, natural fix-of-fix days and single rollbacks, an
/// operation log reaching <see cref="FleetWorld.LogHistory"/> days before the telemetry, and telemetry delivered late,
/// twice, out of order, over five exports in three formats. Written from the data contract
/// and ANOMALY.md only. Every anomaly kind is injected at subtle to obvious strengths; see
/// <see cref="OperationInjector"/> and <see cref="StrengthPlan"/>.
/// </summary>
/// <param name="rowBudget">Telemetry rows a case writes at most, roughly (tests use small cases).</param>
internal sealed class FleetFamily(int rowBudget = FleetFamily.DefaultRowBudget) : IScenarioFamily
{
    /// <summary>About three quarters of a million rows: written in seconds, assessed in seconds.</summary>
    public const int DefaultRowBudget = 700_000;

    public string Name => "fleet";

    public ScenarioTruth Write(string caseDir, int seed)
    {
        Directory.CreateDirectory(caseDir);
        var rng = new Random(seed);
        var world = WorldBuilder.Build(rng, rowBudget);
        var log = new OperationLog(world);
        var ledger = new FleetLedger(world);
        ReleasePlanner.Plan(log, ledger, rng);
        new OperationInjector(log, ledger, rng).Inject();
        var ordered = log.Ordered();
        var devices = DevicePopulation.Create(world, rng);
        var events = new TelemetrySimulator(world, new PatchTimeline(world, ordered), rng).Run(devices);
        var index = new VectorIndex(world, events);
        ControlsBuilder.Add(world, ordered, index, ledger);
        new TelemetryInjector(world, index, ledger, rng).Inject(new TelemetryEdits(world, events, index, rng));
        var opDays = ordered.Where(o => o.Version >= 0).Select(o => (o.Version, world.DayOf(o.Local))).ToHashSet();
        ledger.KeepControls((version, day) => index.Has(version, day) || opDays.Contains((version, day)));
        var patches = new PatchNaming(world);
        TelemetryWriter.Write(caseDir, events, devices, new TelemetryColumns(world, devices, patches), rng);
        OperationsWriter.Write(caseDir, ordered, new OperationColumns(world, patches), rng);
        OperationsWriter.WriteRoster(caseDir, world);
        CaseFile.Write(caseDir, seed, world);
        return ledger.Truth(Name, seed);
    }
}
