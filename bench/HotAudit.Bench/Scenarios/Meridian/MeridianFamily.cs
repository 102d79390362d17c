namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// The <c>meridian</c> scenario family: Meridian, an Indian hot-update service (+05:30), serving twelve to fourteen
/// customer apps for 78–90 days from 7 September 2026, over Diwali. Apps from a few dozen to about two thousand active
/// devices a day, several store versions live at once, weekly shapes per audience, a sale day, a night audience and an
/// SDK that applies silently by design; teams releasing in five styles; exports split over formats and files with late,
/// duplicate, out-of-order and a few broken rows. Every anomaly kind is staged as a real incident at a ladder of
/// strengths and labelled by its measure on the written rows against the app's own routine (<see cref="TruthLabeller"/>).
/// </summary>
/// <param name="population">Scales every app's devices (1: the benchmark's case of about 0.8 M telemetry rows; tests use less).</param>
internal sealed class MeridianFamily(double population = 1.0) : IScenarioFamily
{
    public string Name => "meridian";

    public ScenarioTruth Write(string caseDir, int seed) => WriteCase(caseDir, seed).Truth;

    /// <summary>Writes the case and returns, beside the truth, the rows broken on purpose.</summary>
    public MeridianCase WriteCase(string caseDir, int seed)
    {
        Directory.CreateDirectory(caseDir);
        var rng = MeridianRandom.For(seed, "case");
        var calendar = new MeridianCalendar(new DateOnly(2026, 9, 7), 78 + rng.Next(13));
        var apps = new List<AppWorld>();
        foreach (var profile in AppCatalog.All.Where(a => !a.Optional || rng.NextDouble() < 0.5))
        {
            apps.Add(AppWorld.Create(profile, apps.Count, calendar, seed, population, apps.Sum(a => a.Devices.Count)));
        }
        var plans = apps.SelectMany(a => ReleaseScheduler.For(a, calendar, MeridianRandom.For(seed, "plans:" + a.Id))).ToList();
        var incidents = IncidentPlanner.Plan(apps, plans, calendar, MeridianRandom.For(seed, "incidents"));
        var operations = new List<Operation>();
        var releases = new Dictionary<int, (long At, int Patch)>();
        var timelines = new List<PatchTimeline[]>();
        foreach (var app in apps)
        {
            var desk = new OperationDesk(app, calendar, MeridianRandom.For(seed, "operations:" + app.Id));
            var own = desk.Write(plans.Where(p => p.App == app.Index));
            operations.AddRange(own);
            timelines.Add(PatchTimeline.For(app, own));
            foreach (var (id, release) in desk.IncidentReleases)
            {
                releases[id] = release;
            }
        }
        var book = IncidentBook.For(incidents, apps, releases, MeridianRandom.For(seed, "effects"));
        var events = TelemetrySimulator.Run(apps, timelines, book, calendar, seed);
        var devices = apps.SelectMany(a => a.Devices).ToList();
        var files = TelemetryRouting.Route(events, devices, apps, calendar, MeridianRandom.For(seed, "routing"));
        var telemetry = new TelemetryWriter(events, new TelemetryText(apps, devices), calendar);
        telemetry.Write(caseDir, files);
        var log = new OperationWriter(apps, calendar);
        log.Write(caseDir, operations, MeridianRandom.For(seed, "operation-export"));
        CaseFiles.Write(caseDir, seed, calendar, apps);
        var measures = VectorMeasures.From(events, devices, operations);
        var (anomalies, unlabelled) = TruthLabeller.Label(incidents, measures, apps, calendar);
        var controls = ControlPicker.Pick(apps, plans, incidents, measures, calendar);
        var truth = new ScenarioTruth(Name, seed, anomalies, controls, unlabelled);
        return new MeridianCase(truth, [.. telemetry.Malformed, .. log.Malformed], telemetry.Rows, operations.Count);
    }
}
