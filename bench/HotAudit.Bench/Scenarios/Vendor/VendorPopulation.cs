namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>An app's devices: platform and OS mix, how often each is used (heavy, casual, rare), how late it takes each new app version (a few never do).</summary>
internal static class VendorPopulation
{
    private static readonly string[] Android = ["10", "11", "12", "13", "14"];
    private static readonly string[] Ios = ["16.7", "17.2", "17.5", "18.1"];

    public static int Populate(VendorWorld world, VendorApp app, Random rng, int number, int dailyActive)
    {
        var count = (int)(dailyActive / 0.5);
        var legacyShare = app.Short == "reader" ? 0.012 : 0;
        for (var i = 0; i < count; i++)
        {
            app.Devices.Add(Device(app, rng, number++, legacyShare));
        }
        return number;
    }

    private static VendorDevice Device(VendorApp app, Random rng, int number, double legacyShare)
    {
        var p = rng.NextDouble();
        var (platform, os) = p < 0.58 ? ("android", Android[rng.Next(Android.Length)])
            : p < 0.95 ? ("ios", Ios[rng.Next(Ios.Length)]) : ("harmony", "4.2");
        var u = rng.NextDouble();
        var activity = u < 0.35 ? 0.85 : u < 0.75 ? 0.45 : 0.12;
        var legacy = rng.NextDouble() < legacyShare;
        var straggler = rng.NextDouble() < 0.07;
        var laziness = -app.UpgradeDays * Math.Log(1 - rng.NextDouble());
        var upgrades = app.Versions.Select((v, k) => k == 0 ? int.MinValue
            : straggler && v.ReleaseDay > app.JoinDay - 60 ? int.MaxValue
            : v.ReleaseDay + (int)Math.Ceiling(laziness * (0.7 + 0.6 * rng.NextDouble()))).ToArray();
        return new VendorDevice
        {
            Id = $"{app.Short}-{number:x6}", Number = number, Platform = platform, OsVersion = os,
            OsMajor = int.Parse(os.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture),
            Sdk = legacy ? "1.9.0" : rng.NextDouble() < 0.6 ? "2.5.2" : "2.4.0",
            Activity = activity, LegacyHttp = legacy, UpgradeDay = upgrades,
        };
    }
}
