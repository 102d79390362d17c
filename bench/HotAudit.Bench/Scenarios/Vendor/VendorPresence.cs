namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>Which devices use an app on a day and on which version: the same draws the telemetry uses, so an injection can be placed where the devices are.</summary>
internal static class VendorPresence
{
    public static bool Active(VendorWorld world, VendorApp app, VendorDevice device, int day) =>
        day >= app.JoinDay && VendorHash.Uniform(world.Seed, device.Number, day, 0) < device.Activity * app.Factor(world.Calendar, day);

    public static Dictionary<VendorVector, int> Count(VendorWorld world)
    {
        var counts = new Dictionary<VendorVector, int>();
        foreach (var app in world.Apps)
        {
            for (var day = Math.Max(0, app.JoinDay); day < world.Calendar.Days; day++)
            {
                foreach (var device in app.Devices.Where(d => Active(world, app, d, day)))
                {
                    var key = new VendorVector(app.Versions[device.VersionOn(day)], day);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }
        return counts;
    }
}
