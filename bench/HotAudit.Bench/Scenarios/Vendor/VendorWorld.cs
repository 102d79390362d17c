namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>
/// The platform's clients for one seed: five apps from a pet diary used by a few dozen phones to a shopping app of
/// thousands that moves onto the platform late in the period, each with its versions, devices and release team.
/// </summary>
internal sealed class VendorWorld
{
    private static readonly string[] People =
    [
        "zhang.wei", "li.na", "wang.fang", "liu.yang", "chen.jie", "yang.min", "zhao.lei", "huang.li", "zhou.tao", "wu.hui",
        "xu.qiang", "sun.yu", "ma.lin", "zhu.hong", "hu.bin", "guo.jing", "he.ping", "lin.xue", "gao.peng", "luo.dan",
        "zheng.kai", "liang.yi", "xie.ning", "song.bo", "tang.mei", "han.xu", "feng.yan", "deng.hao", "cao.rui", "peng.fei",
    ];

    private VendorWorld(int seed, VendorCalendar calendar)
    {
        Seed = seed;
        Calendar = calendar;
    }

    public int Seed { get; }
    public VendorCalendar Calendar { get; }
    public List<VendorApp> Apps { get; } = [];
    public IReadOnlyList<string> SecurityReviewers { get; } = ["sec.wang", "sec.zhou"];
    public string Admin { get; } = "admin.liu";

    public static VendorWorld Create(int seed, Random rng)
    {
        var world = new VendorWorld(seed, VendorCalendar.Create(rng));
        var people = People.OrderBy(_ => rng.Next()).ToList();
        var days = world.Calendar.Days;
        world.Add(rng, people, "com.xiaolu.petdiary", "pets", 35, true, 0, "2.4.0");
        world.Add(rng, people, "com.qingshan.bike", "bike", 260, true, 0, "6.1.0");
        world.Add(rng, people, "com.huaxin.bank", "bank", 650, false, 0, "3.8.0");
        world.Add(rng, people, "com.lanting.reader", "reader", 1100, true, 0, "9.2.0");
        world.Add(rng, people, "com.dongfang.mall", "mall", 7500, true, days - 21 - rng.Next(0, 3), "12.0.0");
        var number = 0;
        foreach (var app in world.Apps)
        {
            number = VendorPopulation.Populate(world, app, rng, number, Size(app, rng));
        }
        return world;
    }

    public IEnumerable<string> Operators() =>
        Apps.SelectMany(a => a.Team.Developers.Append(a.Team.Lead).Append(a.Team.ReleaseManager).Append(a.Team.OnCall))
            .Concat(SecurityReviewers).Append(Admin).Distinct();

    public string RoleOf(string account)
    {
        if (account == Admin)
        {
            return "admin";
        }
        if (SecurityReviewers.Contains(account))
        {
            return "security";
        }
        var team = Apps.Select(a => a.Team).First(t => t.Developers.Contains(account) || t.Lead == account || t.ReleaseManager == account || t.OnCall == account);
        return team.Lead == account ? "lead" : team.ReleaseManager == account ? "release" : team.OnCall == account ? "oncall" : "developer";
    }

    private static int Size(VendorApp app, Random rng) => (int)(app.Short switch
    {
        "pets" => 35, "bike" => 260, "bank" => 650, "reader" => 1100, _ => 7500,
    } * (0.8 + 0.4 * rng.NextDouble()));

    private void Add(Random rng, List<string> people, string id, string shortName, int size, bool weekendPeak, int join, string firstVersion)
    {
        var team = new VendorTeam([Take(people), Take(people)], Take(people), Take(people), Take(people));
        var app = new VendorApp
        {
            Id = id, Short = shortName, JoinDay = join, WeekendPeak = weekendPeak, Team = team,
            Growth = -0.1 + 0.35 * rng.NextDouble(),
            NightShare = 0.02 + 0.08 * rng.NextDouble(),
            BackgroundShare = 0.03 + 0.14 * rng.NextDouble(),
            CheckProbability = 0.45 + 0.3 * rng.NextDouble(),
            CrashRate = 0.001 + 0.005 * rng.NextDouble(),
            ApplyFailRate = 0.003 + 0.012 * rng.NextDouble(),
            VerifyFailRate = 0.001 + 0.005 * rng.NextDouble(),
            UpgradeDays = 4 + 16 * rng.NextDouble(),
            DailyNoise = [.. Enumerable.Range(0, Calendar.Days).Select(_ => Math.Clamp(1 + 0.07 * Gaussian(rng), 0.8, 1.2))],
        };
        AddVersions(app, rng, firstVersion, size);
        Apps.Add(app);
    }

    private void AddVersions(VendorApp app, Random rng, string first, int size)
    {
        var parts = first.Split('.').Select(int.Parse).ToArray();
        var releases = new List<int> { app.JoinDay - 120, app.JoinDay - 30 };
        if (app.JoinDay > 0)
        {
            releases.Add(app.JoinDay + rng.Next(6, 13));
        }
        else if (size < 100)
        {
            releases.Add(rng.Next(50, 90));
        }
        else
        {
            releases.Add(rng.Next(20, 55));
            releases.Add(rng.Next(70, 110));
        }
        for (var k = 0; k < releases.Count; k++)
        {
            var name = $"{parts[0]}.{parts[1] + k}.{(k % 2 == 1 ? rng.Next(0, 3) : 0)}";
            double[] cadences = size < 100 ? [0.06, 0.1] : [0.06, 0.12, 0.25, 0.5];
            app.Versions.Add(new VendorVersion(app, name, k, releases[k], cadences[rng.Next(cadences.Length)]));
        }
    }

    private static string Take(List<string> people)
    {
        var p = people[0];
        people.RemoveAt(0);
        return p;
    }

    public static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
