using System.Globalization;

namespace HotAudit.Bench.Scenarios.Harbor;

/// <summary>
/// The Harbor hot-update SaaS in one seed: two giant customers (a ride-hailing app and a bank) and ten to twelve small
/// ones, each with its own release practice, seasonality and team; their versions, patches, devices and operations.
/// </summary>
internal sealed class HarborWorld
{
    private static readonly string[] Surnames = ["wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao"];
    private static readonly string[] Given = ["wei", "fang", "min", "jing", "lei", "qiang", "yan", "jun", "tao", "ming", "hui", "ping", "bo", "xin", "yu", "chao", "lan", "hao", "ning", "kai"];
    private static readonly string[] Smalls = ["lanhai-express", "jinqiao-edu", "yunfan-weather", "baicao-pharmacy", "chenguang-reader", "haibin-parking", "shanshui-travel", "qingmu-fitness", "dongfang-tickets", "xinghe-notes", "beigang-ferry", "muyang-dairy"];

    // Launch weights per local hour: a daytime consumer app, an office-hours app, a game played late.
    private static readonly double[] Daytime = [1.2, 0.7, 0.4, 0.3, 0.3, 0.6, 1.5, 3.5, 5.5, 5, 4.5, 4.5, 5.5, 4.5, 4, 4, 4.5, 5, 5.5, 6.5, 7, 7, 5.5, 3];
    private static readonly double[] Office = [0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1.5, 4, 7, 8, 7.5, 7, 5.5, 6.5, 7, 7, 6.5, 5, 4, 3.5, 3, 2.5, 1.5, 0.8];
    private static readonly double[] Late = [6, 5, 3.5, 2, 1, 0.6, 0.8, 1.5, 2, 2.5, 3, 3.5, 4, 3.5, 3.5, 3.5, 4, 4.5, 5, 6, 7, 8, 8.5, 7.5];
    private static readonly double[] Leisure = [0.9, 0.9, 0.95, 1, 1.1, 1.3, 1.25];
    private static readonly double[] Business = [1.1, 1.05, 1, 1, 1.1, 0.7, 0.65];
    private static readonly double[] Flat = [1, 1, 1, 1, 1, 0.95, 0.95];

    /// <summary>The expected active device-days of a case, all apps together.</summary>
    public const double DeviceDays = 230_000;

    public HarborWorld(int seed, double deviceDays = DeviceDays)
    {
        Budget = deviceDays;
        Rng = new Random(seed * 7919 + 26);
        Calendar = new HarborCalendar(84 + 7 * (seed % 2), Rng);
        BuildApps();
    }

    public Random Rng { get; }
    /// <summary>The expected active device-days the populations are scaled to.</summary>
    public double Budget { get; }
    public HarborCalendar Calendar { get; }
    public List<HarborApp> Apps { get; } = [];
    public List<HarborVersion> Versions { get; } = [];
    public List<HarborPatch> Patches { get; } = [];
    /// <summary>The first time each patch was handed out (patches are ordered by it).</summary>
    public List<long> Published { get; } = [];
    public List<HarborDevice> Devices { get; } = [];
    public List<HarborOp> Ops { get; } = [];
    /// <summary>Extra traffic factor of (app, day): a marketing campaign on a launch.</summary>
    public Dictionary<(int App, int Day), double> Campaigns { get; } = [];

    public HarborPatch NewPatch(HarborVersion v)
    {
        var alg = Apps[v.App].Giant ? "ECDSA-P256-SHA256" : "RSA-SHA256";
        var patch = new HarborPatch(Patches.Count, v.App, v.Index, "", 0, Hex(64), alg);
        Patches.Add(patch);
        Published.Add(long.MaxValue);
        return patch;
    }

    /// <summary>Hands out <paramref name="patch"/> from <paramref name="t"/> on to buckets below <paramref name="threshold"/>.</summary>
    public void Serve(HarborVersion v, long t, int patch, int threshold)
    {
        v.Timeline.Add((t, patch, threshold));
        v.Timeline.Sort((a, b) => a.T.CompareTo(b.T));
        if (patch >= 0 && t < Published[patch])
        {
            Published[patch] = t;
        }
    }

    /// <summary>After planning: each version's patches numbered in the order they were first handed out, ids from the numbers.</summary>
    public void NumberPatches()
    {
        foreach (var v in Versions)
        {
            var number = v.LastNumber;
            foreach (var p in Patches.Where(p => p.Version == v.Index).OrderBy(p => Published[p.Index]).ThenBy(p => p.Index).ToList())
            {
                number++;
                var app = Apps[v.App];
                Patches[p.Index] = p with { Number = number, Id = string.Create(CultureInfo.InvariantCulture, $"{app.Id}-{v.Name}-p{number}") };
            }
        }
    }

    public string Hex(int chars)
    {
        Span<byte> bytes = stackalloc byte[chars / 2];
        Rng.NextBytes(bytes);
        return Convert.ToHexString(bytes).ToLowerInvariant();
    }

    public int Pick(double[] weights)
    {
        var x = Rng.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }

    public double Normal() => Math.Sqrt(-2 * Math.Log(1 - Rng.NextDouble())) * Math.Cos(2 * Math.PI * Rng.NextDouble());

    private string Person(string org) => $"{Surnames[Rng.Next(Surnames.Length)]}.{Given[Rng.Next(Given.Length)]}{Rng.Next(1, 99)}@{org}";

    private void BuildApps()
    {
        var days = Calendar.Days;
        AddApp("harborride", "T-RIDE", "ride hailing (giant)", Practice.Standard, 1800, ["android", "ios", "harmony"], [1, 1, 1.02, 1.05, 1.3, 1.4, 1.15], 0, 0.8,
            Daytime, 0.05, false, 0.004, 5, "ride", 480, Sink.Stream, true, [("7.4.2", -200, 0.25), ("7.5.0", -70, 1), ("7.6.0", days / 2 - 3 + Rng.Next(7), 1.8)]);
        AddApp("pearlbank", "T-PEARL", "retail bank (giant)", Practice.Staged, 1200, ["android", "ios", "harmony"], Business, 1, 0.45,
            Office, 0.02, true, 0.01, 4, "pearl", 480, Sink.Batch, true, [("5.2.0", -150, 0.35), ("5.3.1", -40, 1)]);
        AddApp("tidewater-shop", "T-TIDE", "shop, continuous delivery", Practice.MultiPublisher, 260 + Rng.Next(120), ["react-native"], Leisure, 2, 1.1,
            Daytime, 0.08, false, 0, 3, "tidewater", 480, Sink.Stream, false, [("3.7.0", -120, 0.15), ("3.8.0", -50, 1)]);
        AddApp("quayside-clinic", "T-QUAY", "clinic bookings, two-step rollbacks", Practice.TwoStepRollback, 150 + Rng.Next(110), ["android", "ios"], Business, 0, 0.4,
            Office, 0.03, true, 0.02, 4, "quayside", 480, Sink.Batch, false, [("2.1.4", -90, 0.3), ("2.2.0", -30, 1)]);
        AddApp("nordlicht-games", "T-NORD", "game, releases from +01:00", Practice.NightRelease, 220 + Rng.Next(120), ["android", "ios"], Leisure, 0, 1.3,
            Late, 0.06, false, 0.005, 2, "nordlicht", 60, Sink.Stream, false, [("1.9.3", -60, 1)]);
        var names = Smalls.OrderBy(_ => Rng.Next()).Take(8 + Rng.Next(3)).ToList();
        foreach (var name in names)
        {
            var size = Math.Exp(Math.Log(30) + Rng.NextDouble() * (Math.Log(240) - Math.Log(30)));
            var platform = new[] { "android", "ios", "harmony", "flutter", "web" }[Rng.Next(5)];
            var weekly = new[] { Leisure, Business, Flat }[Rng.Next(3)];
            var office = weekly == Business;
            var versions = Rng.NextDouble() < 0.5
                ? new[] { (Rng.Next(1, 5) + ".0." + Rng.Next(10), -100, 1.0) }
                : [(Rng.Next(1, 5) + ".1.0", -100, 0.4), (Rng.Next(5, 9) + ".0.0", -45, 1.0)];
            AddApp(name, "T-" + name.Split('-')[0].ToUpperInvariant(), "small customer", Practice.Standard, size, [platform], weekly, Rng.Next(2) * 2,
                office ? 0.45 : 0.9, office ? Office : Daytime, 0.02 + 0.1 * Rng.NextDouble(), Rng.NextDouble() < 0.5, 0.02 * Rng.NextDouble(), 3,
                name.Split('-')[0], 480, Sink.ChineseCsv, false, versions);
        }
    }

    private void AddApp(string slug, string tenant, string label, Practice practice, double size, string[] platforms, double[] weekly, int monthly,
        double holiday, double[] hourly, double background, bool prompted, double legacy, int team, string org, int offset, Sink sink, bool giant,
        (string Name, int Launch, double Weight)[] versions)
    {
        var members = practice == Practice.MultiPublisher
            ? new[] { $"ci-bot@{org}", $"scan-bot@{org}", Person(org) }
            : Enumerable.Range(0, team).Select(_ => Person(org)).ToArray();
        var app = new HarborApp
        {
            Index = Apps.Count, Id = slug, Tenant = tenant, Label = label, Practice = practice, Base = size, Platforms = platforms,
            Weekly = weekly, Monthly = monthly, Holiday = holiday, Hourly = hourly, Background = background, Prompted = prompted,
            Legacy = legacy, Team = members, OffsetMinutes = offset, Sink = sink, Giant = giant,
        };
        Apps.Add(app);
        foreach (var (name, launch, weight) in versions)
        {
            var v = new HarborVersion { App = app.Index, Index = Versions.Count, Name = name, Launch = launch, Weight = weight, LastNumber = launch < 0 ? Rng.Next(2, 9) : 0 };
            app.Versions.Add(v);
            Versions.Add(v);
        }
        var main = app.Versions.Where(v => v.Launch < 0).MaxBy(v => v.Weight)!;
        foreach (var v in app.Versions)
        {
            v.Main = v == main || v.Launch >= 0 ? 1 : 0;
        }
    }

    /// <summary>Expected active devices per version and day (seasonality, adoption of new versions, noise), then the devices.</summary>
    public void Populate()
    {
        var days = Calendar.Days;
        foreach (var app in Apps)
        {
            var noise = Enumerable.Range(0, days).Select(_ => Math.Exp(0.07 * Normal())).ToArray();
            foreach (var v in app.Versions)
            {
                v.Expected = new double[days];
            }
            for (var d = 0; d < days; d++)
            {
                double Share(HarborVersion v) => v.Launch < 0 ? v.Weight : d < v.Launch ? 0 : v.Weight * (1 - Math.Exp(-(d - v.Launch + 1) / 6.0));
                var total = app.Versions.Sum(Share);
                var f = app.Base * Calendar.Factor(app, d) * noise[d] * Campaigns.GetValueOrDefault((app.Index, d), 1);
                foreach (var v in app.Versions)
                {
                    v.Expected[d] = f * Share(v) / total;
                }
            }
        }
        // the row budget: about 230,000 device-days (~0.9 M telemetry rows) whatever the seed drew
        var scale = Math.Min(1, Budget / Versions.Sum(v => v.Expected.Sum()));
        foreach (var app in Apps)
        {
            foreach (var v in app.Versions)
            {
                for (var d = 0; d < days; d++)
                {
                    v.Expected[d] *= scale;
                }
                var pool = (int)Math.Ceiling(v.Expected.Max() * 1.3) + 4;
                for (var i = 0; i < pool; i++)
                {
                    var platform = app.Platforms[Rng.Next(app.Platforms.Length)];
                    var skewed = Rng.NextDouble() < 0.005;
                    var device = new HarborDevice
                    {
                        App = app.Index, Version = v.Index, Id = Hex(16), Platform = platform, Os = Os(platform), Bucket = Rng.Next(100),
                        Region = new[] { "cn-east", "cn-south", "cn-north", "cn-west" }[Rng.Next(4)],
                        SkewMs = skewed ? (Rng.Next(2) * 2 - 1) * (long)Rng.Next(1, 31) * HarborCalendar.HourMs + Rng.Next(3_600_000) : 0,
                        ResetClock = i == 1 || Rng.NextDouble() < 0.0015, Legacy = Rng.NextDouble() < app.Legacy,
                    };
                    v.Devices.Add(Devices.Count);
                    Devices.Add(device);
                }
            }
        }
    }

    private string Os(string platform) => platform switch
    {
        "ios" => new[] { "16.7", "17.5", "18.1", "18.2" }[Rng.Next(4)],
        "harmony" => new[] { "4.2", "5.0" }[Rng.Next(2)],
        "web" => "chrome-131",
        _ => new[] { "11", "12", "13", "14", "15" }[Rng.Next(5)],
    };
}
