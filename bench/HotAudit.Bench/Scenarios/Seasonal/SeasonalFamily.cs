namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>
/// Scenario family "seasonal": a hot-update platform with apps from ~30 to 200,000 devices, weekly seasonality,
/// holidays, version upgrades and patch chains at busy to quiet cadences, written from the data contract alone.
/// Anomalies of every kind go on single (app, version, day) vectors at two strengths of each kind's ladder per seed;
/// holidays, weekly peaks, a new version's first days and big prompted releases are the negative controls.
/// </summary>
internal sealed class SeasonalFamily : IScenarioFamily
{
    public string Name => "seasonal";

    public ScenarioTruth Write(string caseDir, int seed)
    {
        Directory.CreateDirectory(caseDir);
        var rng = new Random(seed);
        var world = WorldBuilder.Build(rng, seed);
        var planner = new OperationPlanner(world, rng);
        var log = planner.Plan();
        log.BuildTimelines();
        var controls = ControlPlanner.Plan(world, planner.BigReleases);
        var calendar = new InjectionCalendar(world, controls);
        new OperationBursts(log, rng, calendar).Inject(seed);
        foreach (var version in world.Versions)
        {
            version.NumberPatches(world.FirstPatchNumber(version), seed);
        }
        var pending = AnomalyKinds.All.Except([AnomalyKinds.PublishBurst, AnomalyKinds.RollbackBurst, AnomalyKinds.OperatorBurst])
            .SelectMany(kind => StrengthSchedule.For(kind, seed).Select(s => new TelemetryInjection(kind, s, rng.Next(InjectionCalendar.FirstDay, world.Days - 15))))
            .ToList();
        var simulator = new TelemetrySimulator(world, rng, calendar, pending);
        simulator.Run();
        TelemetryWriter.Write(caseDir, world, simulator.Rows, rng);
        OperationsWriter.Write(caseDir, world, log);
        CaseFile.Write(caseDir, world);
        var anomalies = calendar.Anomalies.OrderBy(a => a.Day).ThenBy(a => a.AppId, StringComparer.Ordinal).ThenBy(a => a.AppVersion, StringComparer.Ordinal).ToList();
        return new ScenarioTruth(Name, seed, anomalies, controls);
    }
}
