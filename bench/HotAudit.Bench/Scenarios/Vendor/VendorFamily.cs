namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>
/// <c>vendor</c>: one hot-update vendor's platform over four to five months, serving five client apps of very different
/// sizes (a few dozen to thousands of devices a day, the largest moving onto the platform late), each with app versions
/// that ramp up and decay, its own week, holidays, release cadence and release team. Every anomaly kind is injected at
/// several strengths as a real incident would produce it (<see cref="VendorInjector"/>); the truth records the strength
/// measured on the written rows, and labels only the days an injection changed.
/// </summary>
internal sealed class VendorFamily : IScenarioFamily
{
    public string Name => "vendor";

    public ScenarioTruth Write(string caseDir, int seed)
    {
        var rng = new Random(seed * 7919 + 17);
        var world = VendorWorld.Create(seed, rng);
        var releases = new VendorReleases(world, rng);
        releases.Plan();
        var injector = new VendorInjector(world, rng, releases, VendorPresence.Count(world));
        injector.Inject();
        VendorServing.Derive(releases.Ops);
        var telemetry = new VendorTelemetry(world, injector.Effects);
        telemetry.Simulate();
        var stats = VendorMeasure.Of(world, telemetry.Events, releases.Ops);
        if (Environment.GetEnvironmentVariable("HOTAUDIT_VENDOR_DEBUG") is not null)
        {
            foreach (var p in injector.Planned)
            {
                Console.Error.WriteLine($"{p.Kind} {p.Vector.Version.App.Short} {p.Vector.Version.Name} d{p.Vector.Day} aim {p.Target} got {stats.GetValueOrDefault(p.Vector)?.Of(p.Kind)}");
            }
        }
        var anomalies = injector.Planned.Select(p => Landed(world, p, stats)).OfType<InjectedAnomaly>().ToList();
        var injected = injector.Planned.Select(p => p.Vector).ToHashSet();
        var controls = new VendorControls(world, rng, stats, injected).Pick();
        VendorExport.Write(caseDir, world, releases.Ops, telemetry.Events);
        return new ScenarioTruth(Name, seed, anomalies, controls);
    }

    /// <summary>The anomaly as measured on the written rows, or null when the injection did not change its day (too small a base, or not half way from the app's usual level to the aim).</summary>
    private static InjectedAnomaly? Landed(VendorWorld world, VendorPlanned planned, IReadOnlyDictionary<VendorVector, VendorStats> stats)
    {
        if (!stats.TryGetValue(planned.Vector, out var s))
        {
            return null;
        }
        var (strength, n) = s.Of(planned.Kind);
        var counted = AnomalyKinds.Unit(planned.Kind) == "count";
        var landed = counted ? strength >= planned.Target : n >= 20 && strength >= planned.Natural + 0.5 * (planned.Target - planned.Natural);
        return landed
            ? new InjectedAnomaly(planned.Vector.Version.App.Id, planned.Vector.Version.Name, world.Calendar.Date(planned.Vector.Day), planned.Kind, strength)
            : null;
    }
}
