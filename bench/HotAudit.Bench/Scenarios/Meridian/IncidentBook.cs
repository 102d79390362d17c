namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// The telemetry side of the incidents, looked up by (app, version, day) while devices are simulated. Each effect's
/// window and share of devices are derived from the aim and from what the version's day is expected to look like (how
/// many devices are active, how many of them apply a release the same day under the app's install policy); the truth is
/// still measured on the rows afterwards.
/// </summary>
internal sealed class IncidentBook
{
    private readonly Dictionary<(int App, int Version, int Day), IncidentEffect> _effects = [];

    public IReadOnlyCollection<IncidentEffect> Effects => _effects.Values;

    public IncidentEffect? Find(int app, int version, int day) => _effects.GetValueOrDefault((app, version, day));

    public static IncidentBook For(IEnumerable<Incident> incidents, IReadOnlyList<AppWorld> apps,
        IReadOnlyDictionary<int, (long At, int Patch)> releases, Random rng)
    {
        var book = new IncidentBook();
        foreach (var incident in incidents)
        {
            var app = apps[incident.App];
            var (publishAt, patch) = releases.GetValueOrDefault(incident.Id);
            var effect = Effect(incident, app, publishAt, patch, rng);
            if (effect is not null)
            {
                book._effects[(incident.App, incident.Version, incident.Day)] = effect;
            }
        }
        return book;
    }

    /// <summary>About how many of a day's active devices apply a release published in the morning, the same day.</summary>
    public static double SameDayApply(InstallPolicy policy) => policy switch
    {
        InstallPolicy.Prompt => 0.85,
        InstallPolicy.NextResume => 0.6,
        InstallPolicy.NextSuspendMix => 0.4,
        _ => 0.35,
    };

    private static IncidentEffect? Effect(Incident incident, AppWorld app, long publishAt, int patch, Random rng)
    {
        var day = incident.Day;
        var aim = incident.Aim;
        var apply = SameDayApply(app.Profile.Install);
        long Hour(double h) => OperationDesk.At(day, h);
        switch (incident.Pattern)
        {
            case IncidentPattern.SilentConfig:
                return new IncidentEffect(incident, publishAt, Hour(23.5), Math.Min(1, aim * 1.05), 0, patch);
            case IncidentPattern.MidnightPush:
                var active = app.Expected[incident.Version][day] * apply;
                var installed = app.Devices.Count(d => d.Present(day) && d.VersionAt(day) == incident.Version);
                var q = aim * active / (installed * (1 - aim) + aim * active);
                return new IncidentEffect(incident, publishAt + 600, Hour(3), Math.Min(0.5, q), 0, patch);
            case IncidentPattern.KeyRotation:
                return new IncidentEffect(incident, publishAt, Hour(22), Math.Min(0.97, aim / (1.3 - 0.3 * aim)), 0, patch);
            case IncidentPattern.TruncatedCdn:
                return new IncidentEffect(incident, publishAt, Hour(23.9), Math.Min(0.9, aim / (1 - aim)), 0, patch);
            case IncidentPattern.CrashingRelease or IncidentPattern.DiffBaseMismatch:
                return new IncidentEffect(incident, publishAt, Hour(24), Math.Min(0.95, aim / apply), 0, patch);
            case IncidentPattern.RemoteFlagCrash:
                var flag = Hour(10 + 5 * rng.NextDouble());
                return new IncidentEffect(incident, flag, flag + 3600L * (4 + rng.Next(5)), Math.Min(0.95, aim / 0.45), 0, 0);
            case IncidentPattern.HttpEndpoint:
                return new IncidentEffect(incident, Hour(9.5 + 1.5 * rng.NextDouble()), Hour(21 + 1.5 * rng.NextDouble()), Math.Min(1, aim / 0.7), 0, 0);
            case IncidentPattern.OfficeProxy:
                return new IncidentEffect(incident, Hour(9), Hour(18.5), Math.Min(1, aim / 0.8), 0, 0);
            case IncidentPattern.EtagLoop or IncidentPattern.PersistLoop:
                var loops = aim <= 1.5 ? 3 : aim <= 2.5 ? 4 : aim <= 4 ? 6 : 8;
                return new IncidentEffect(incident, Hour(9.5 + 1.5 * rng.NextDouble()), Hour(23), Math.Min(0.95, aim / (loops * 0.8)), loops, 0);
            default:
                return null;
        }
    }
}
