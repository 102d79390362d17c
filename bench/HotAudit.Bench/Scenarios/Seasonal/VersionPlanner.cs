using System.Globalization;

namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>
/// An app's versions: 1–3, the newest often released during the period (then the one before it goes quiet), older
/// ones quiet; how often each is patched.
/// </summary>
internal static class VersionPlanner
{
    public static void AddVersions(Random rng, SimApp app, int days)
    {
        var count = app.Size == AppSize.Tiny ? rng.Next(1, 3) : rng.Next(1, 4);
        if (app.Size == AppSize.Large)
        {
            count = Math.Max(2, count);
        }
        var upgrade = count > 1 && (app.Size == AppSize.Large || rng.NextDouble() < 0.75);
        var major = rng.Next(3, 10);
        var minor = rng.Next(0, 6);
        var releaseDay = -rng.Next(200, 400);
        for (var i = 0; i < count; i++)
        {
            var inPeriod = upgrade && i == count - 1;
            if (inPeriod)
            {
                releaseDay = rng.Next((int)(days * 0.3), (int)(days * 0.6));
            }
            else if (i > 0)
            {
                releaseDay = Math.Min(-40, releaseDay + rng.Next(60, 120));
            }
            var name = string.Create(CultureInfo.InvariantCulture, $"{major}.{minor + i}.{(rng.NextDouble() < 0.3 ? 1 : 0)}");
            app.Versions.Add(new SimVersion(app, i, name, releaseDay, CadenceOf(rng, app, i, count, upgrade)));
        }
        if (upgrade)
        {
            app.Versions[^2].LastPatchDay = app.Versions[^1].ReleaseDay + 5;
        }
    }

    private static Cadence CadenceOf(Random rng, SimApp app, int index, int count, bool upgrade)
    {
        var newest = index == count - 1;
        var mainBeforeUpgrade = upgrade && index == count - 2;
        if (!newest && !mainBeforeUpgrade)
        {
            return Cadence.Quiet;
        }
        if (app.Size == AppSize.Tiny)
        {
            return rng.NextDouble() < 0.5 ? Cadence.Quiet : Cadence.Normal;
        }
        return rng.NextDouble() < 0.4 ? Cadence.Busy : Cadence.Normal;
    }

    /// <summary>Operation-log bursts go on quiet versions: make sure a case has at least three.</summary>
    public static void EnsureQuietVersions(IReadOnlyList<SimApp> apps)
    {
        int Quiet() => apps.SelectMany(a => a.Versions).Count(v => v.Cadence == Cadence.Quiet || v.LastPatchDay != int.MaxValue);
        foreach (var version in apps.Where(a => a.Size != AppSize.Large).SelectMany(a => a.Versions).Where(v => v.Cadence == Cadence.Normal))
        {
            if (Quiet() >= 3)
            {
                return;
            }
            version.Cadence = Cadence.Quiet;
        }
    }
}
