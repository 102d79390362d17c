namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>
/// Runs the devices day by day. Each installed device is used on a day with its own propensity × the app's weekday
/// factor × a holiday factor; a used device updates to its version's active patch whether or not its day is reported
/// (large apps report a sample of device days). Reported days are planned, possibly given a pending anomaly, and written.
/// </summary>
internal sealed class TelemetrySimulator(SeasonalWorld world, Random rng, InjectionCalendar calendar, List<TelemetryInjection> pending)
{
    private readonly DayPlanner planner = new(world, rng);
    private static readonly double[] AnyHour = Diurnal.Cumulative(1);
    private readonly PlanInjector injector = new(rng);
    private readonly Dictionary<SimVersion, List<double>> history = world.Versions.ToDictionary(v => v, _ => new List<double>());

    public TelemetryRows Rows { get; } = new();

    public void Run()
    {
        var emitter = new EventEmitter(Rows, rng);
        foreach (var app in world.Apps)
        {
            InitialPatches(app);
        }
        for (var day = 0; day < world.Days; day++)
        {
            foreach (var app in world.Apps)
            {
                var plans = UseDay(app, day);
                foreach (var version in app.Versions)
                {
                    VectorDay(emitter, version, day, plans[version.Index]);
                }
            }
        }
    }

    private void InitialPatches(SimApp app)
    {
        var table = app.Devices;
        for (var i = 0; i < table.Count; i++)
        {
            var version = app.Versions[table.Version[i]];
            var active = version.ActiveAt(world.DayTicks(0));
            table.Current[i] = (short)(version.ReleaseDay < 0 && rng.NextDouble() < 0.95 ? active : -1);
        }
    }

    private List<DevicePlan>[] UseDay(SimApp app, int day)
    {
        var plans = app.Versions.Select(_ => new List<DevicePlan>()).ToArray();
        var factor = app.Weekly[(int)world.Weekday(day)] * world.Holidays.GetValueOrDefault(day, 1.0) * DevicePopulation.LogNormal(rng, 0.08);
        var table = app.Devices;
        for (var i = 0; i < table.Count; i++)
        {
            if (table.InstallDay[i] > day || rng.NextDouble() >= Math.Min(0.97, table.Propensity[i] * factor))
            {
                continue;
            }
            var version = day >= table.MigrateDay[i] ? app.Versions.Count - 1 : table.StartVersion[i];
            if (version != table.Version[i])
            {
                table.Version[i] = (byte)version;
                table.Current[i] = -1;
            }
            if (rng.NextDouble() < app.ReportRate)
            {
                plans[version].Add(planner.Plan(app.Versions[version], i, day));
            }
            else if (!table.Denied[i])
            {
                var active = app.Versions[version].ActiveAt(world.DayTicks(day) + Diurnal.Sample(rng, AnyHour));
                table.Current[i] = active >= 0 ? (short)active : table.Current[i];
            }
        }
        return plans;
    }

    private void VectorDay(EventEmitter emitter, SimVersion version, int day, List<DevicePlan> plans)
    {
        if (plans.Count == 0)
        {
            return;
        }
        var injection = TryInject(version, day, plans);
        var counters = new DayCounters();
        foreach (var plan in plans)
        {
            emitter.Emit(version, plan, counters);
        }
        if (injection is null)
        {
            history[version].Add(counters.ApplyRate);
            return;
        }
        calendar.Record(version, day, injection.Kind, counters.Measure(injection.Kind));
    }

    private TelemetryInjection? TryInject(SimVersion version, int day, List<DevicePlan> plans)
    {
        if (!calendar.Allows(version, day))
        {
            return null;
        }
        var steady = !version.ChangesBetween(world.DayTicks(day), world.DayTicks(day + 1));
        var settled = steady && !version.ChangesBetween(world.DayTicks(day - 2), world.DayTicks(day));
        var past = history[version];
        var usual = past.Count >= 7 ? Median(past.TakeLast(14)) : 0;
        foreach (var injection in pending.Where(p => p.From <= day).ToList())
        {
            if (rng.NextDouble() < 0.5 && injector.Apply(injection, plans, steady, settled, usual))
            {
                pending.Remove(injection);
                return injection;
            }
        }
        return null;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
