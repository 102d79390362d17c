using System.Security.Cryptography;
using System.Text;

namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// One customer app in one seed's case: its profile, store versions, team, sale day, daily activity, devices, and the
/// expected number of active devices of each version each day (what the incident planner needs to know where a share
/// has a base).
/// </summary>
internal sealed record AppWorld(
    int Index, AppProfile Profile, IReadOnlyList<AppVersion> Versions, Team Team, int? CampaignDay, double[] DayFactor,
    IReadOnlyList<Device> Devices, double[][] Expected)
{
    public static AppWorld Create(AppProfile app, int index, MeridianCalendar calendar, int seed, double population, int firstDevice)
    {
        var rng = MeridianRandom.For(seed, "app:" + app.Id);
        int? campaign = app.Campaign ? 24 + rng.Next(Math.Max(1, calendar.HolidayFirst - 30)) : null;
        var versions = VersionLine.For(app, calendar, campaign, rng);
        var team = Team.For(app, rng);
        var factors = ActivityCurve.For(app, calendar, campaign, rng);
        var devices = DevicePopulation.For(app, index, versions, calendar, population, firstDevice, rng);
        var expected = versions.Select(_ => new double[calendar.Days]).ToArray();
        foreach (var device in devices)
        {
            for (var d = 0; d < calendar.Days; d++)
            {
                if (device.Present(d))
                {
                    expected[device.VersionAt(d)][d] += device.Propensity * factors[d];
                }
            }
        }
        return new AppWorld(index, app, versions, team, campaign, factors, devices, expected);
    }

    public string Id => Profile.Id;

    /// <summary>The newest version in the store on <paramref name="day"/>.</summary>
    public int CurrentAt(int day) => Versions.Last(v => v.ReleaseDay <= day).Index;

    public string PatchId(int version, int patch) => $"{Profile.Short}-{Versions[version].Name}-p{patch}";

    /// <summary>The SHA-256 of the patch's bytes as the platform stores it (stands for the real digest).</summary>
    public string PatchHash(int version, int patch) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Id + "/" + PatchId(version, patch))));
}
