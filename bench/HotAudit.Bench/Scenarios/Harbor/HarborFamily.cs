namespace HotAudit.Bench.Scenarios.Harbor;

/// <summary>
/// The family "harbor": a hot-update SaaS hosting two giant customers and ten to twelve small ones, each releasing in
/// its own way (chains, continuous delivery, two-step rollbacks, night releases from +01:00, staged rollouts), with
/// weekly and monthly seasonality, holidays, an outage, skewed clocks and telemetry over four exports. Written from
/// the data contract and ANOMALY.md without the monitor, as a held-out test.
/// </summary>
internal sealed class HarborFamily : IScenarioFamily
{
    public string Name => "harbor";

    public ScenarioTruth Write(string caseDir, int seed)
    {
        var written = Build(caseDir, seed);
        // HARBOR_RATES=FILE: the natural rates behind each kind, the row counts and the injections left unlabelled, for a report
        if (Environment.GetEnvironmentVariable("HARBOR_RATES") is { Length: > 0 } path)
        {
            File.WriteAllText(path, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"telemetry rows {written.TelemetryRows} (rejected by design {written.BadRows}), operation rows {written.OperationRows}\n"
                + $"unlabelled: {string.Join("; ", written.Dropped.Select(d => $"{d.Kind} {d.Aim} v{d.Version} day {d.Day} ({d.Incident[..d.Incident.IndexOf(':')]})"))}\n{written.Rates}"));
        }
        return written.Truth;
    }

    /// <summary>Writes the case and returns its truth with what was measured on the written rows.</summary>
    internal static HarborCase Build(string caseDir, int seed, double deviceDays = HarborWorld.DeviceDays)
    {
        Directory.CreateDirectory(caseDir);
        var w = new HarborWorld(seed, deviceDays);
        var releases = new HarborReleases(w);
        releases.Plan();
        w.Populate();
        var injections = new HarborInjections(w, releases);
        injections.Plan();
        w.NumberPatches();
        var simulator = new HarborSimulator(w, injections.Effects);
        simulator.Run();
        var vectors = HarborMeasure.Run(w, simulator.Events);
        var (anomalies, dropped) = HarborLabels.Anomalies(w, injections.Plans, vectors);
        var injected = injections.Plans.Select(p => (p.Version, w.Calendar.Date(p.Day))).ToHashSet();
        var controls = HarborLabels.Controls(w, releases, injections.Plans, vectors, injected);
        var telemetry = new HarborTelemetryWriter(w);
        telemetry.Write(caseDir, simulator.Events);
        var operations = HarborCaseWriter.Write(caseDir, seed, w);
        var unlabelled = dropped.Select(p => new InjectedAnomaly(w.Apps[w.Versions[p.Version].App].Id, w.Versions[p.Version].Name, w.Calendar.Date(p.Day), p.Kind, p.Aim)).ToList();
        var truth = new ScenarioTruth("harbor", seed, anomalies, controls, unlabelled);
        return new HarborCase(truth, dropped, telemetry.Rows, telemetry.BadRows, operations, HarborMeasure.Rates(w, vectors, injected));
    }
}

/// <summary>A written harbor case: its truth, the injections not labelled (effect too weak in the rows), row counts, natural rates.</summary>
internal sealed record HarborCase(ScenarioTruth Truth, IReadOnlyList<HarborPlan> Dropped, int TelemetryRows, int BadRows, int OperationRows, string Rates);
