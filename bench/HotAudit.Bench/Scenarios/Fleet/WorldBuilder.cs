namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// Draws the fleet: 10–16 apps from tens of devices to thousands (scaled down together when the case would exceed its
/// row budget), each with one to three live versions, and in most apps a new version launched during the case.
/// </summary>
internal static class WorldBuilder
{
    /// <summary>Telemetry rows one installed device writes a day, roughly (launches, checks, a share of patch cycles).</summary>
    private const double RowsPerDeviceDay = 1.1;

    public static FleetWorld Build(Random rng, int rowBudget)
    {
        var names = new FleetNames(rng);
        var start = new DateOnly(2026, 1, 5).AddDays(rng.Next(0, 240));
        var days = rng.Next(75, 106);
        var holiday = rng.Next(25, days - 20);
        var holidays = Enumerable.Range(holiday, rng.Next(2, 4)).ToHashSet();
        string[] reviewers = [names.Person(), names.Person(), "sec-scan-bot"];
        var bots = new Queue<int>(Enumerable.Range(0, 3).Select(_ => rng.Next(0, 16)));
        var sizes = Enumerable.Range(0, rng.Next(10, 17)).Select(_ => Size(rng)).ToList();
        var scale = Math.Min(1.0, rowBudget / (sizes.Sum() * days * RowsPerDeviceDay));
        var apps = new List<FleetApp>();
        var versions = new List<FleetVersion>();
        for (var i = 0; i < sizes.Count; i++)
        {
            var devices = sizes[i] <= 300 ? sizes[i] : Math.Max(300, (int)(sizes[i] * scale));
            var app = App(rng, names, i, devices, sizes[i] >= 600, bots.Contains(i));
            apps.Add(app);
            versions.AddRange(Versions(rng, app, versions.Count, days));
        }
        return new FleetWorld(start, days, holidays, apps, versions, reviewers);
    }

    /// <summary>Tiny (25–80), small (100–500), medium (600–2,500) or large (3,000–9,000) installed devices.</summary>
    private static int Size(Random rng) => rng.NextDouble() switch
    {
        < 0.3 => rng.Next(25, 81),
        < 0.6 => rng.Next(100, 501),
        < 0.85 => rng.Next(600, 2501),
        _ => rng.Next(3000, 9001),
    };

    private static FleetApp App(Random rng, FleetNames names, int index, int devices, bool big, bool bot)
    {
        var product = names.Product();
        var consumer = rng.NextDouble() < 0.65;
        var profile = new AppProfile(
            consumer,
            rng.NextDouble() switch { < 0.7 => "native", < 0.85 => "react-native", _ => "flutter" },
            rng.NextDouble() < 0.15 ? 0.3 + (0.2 * rng.NextDouble()) : 0.005 + (0.04 * rng.NextDouble()),
            rng.NextDouble() < 0.4 ? 0.6 : 0.05,
            rng.NextDouble() < 0.5 ? "immediate" : "on_next_restart",
            rng.NextDouble() < 0.3 ? 0.01 + (0.03 * rng.NextDouble()) : 0,
            rng.NextDouble() < 0.25 ? 0.05 + (0.2 * rng.NextDouble()) : 0.01 * rng.NextDouble(),
            big && rng.NextDouble() < 0.6);
        var developers = Enumerable.Range(0, rng.Next(1, 5)).Select(_ => names.Person()).ToList();
        var lead = names.Person();
        var releaser = bot ? "ci-release-bot" : rng.NextDouble() < 0.5 ? lead : developers[0];
        var sdk = $"{rng.Next(2, 5)}.{rng.Next(0, 10)}.{rng.Next(0, 20)}";
        string[] algs = ["ECDSA-P256-SHA256", "RSA-SHA256", "SM2-SM3", "Ed25519"];
        return new FleetApp(index, $"com.{names.Vendor()}.{product}", product, devices, profile,
            new FleetTeam(developers, lead, releaser), sdk, algs[rng.Next(algs.Length)]);
    }

    /// <summary>
    /// One to three live versions (the newest carries most devices and most releases, the older ones are quiet or
    /// dormant), and with probability 0.6 a new version launched between day 15 and ten days before the end.
    /// </summary>
    private static IEnumerable<FleetVersion> Versions(Random rng, FleetApp app, int first, int days)
    {
        var live = rng.Next(1, 4);
        var major = rng.Next(2, 9);
        var minor = rng.Next(0, 6);
        var weights = live switch { 1 => [1.0], 2 => [0.25, 0.75], _ => new[] { 0.1, 0.25, 0.65 } };
        for (var i = 0; i < live; i++)
        {
            var newest = i == live - 1;
            var cadence = newest ? 3 + (rng.NextDouble() * 9) : rng.NextDouble() < 0.5 ? 15 + (rng.NextDouble() * 25) : 0;
            yield return new FleetVersion(first + i, app.Index, $"{major}.{minor + i}.0", 0, rng.Next(3, 13), cadence, weights[i]);
        }
        if (rng.NextDouble() < 0.6)
            yield return new FleetVersion(first + live, app.Index, $"{major}.{minor + live}.0", rng.Next(15, days - 10), 0, 3 + (rng.NextDouble() * 6), 0);
    }
}
