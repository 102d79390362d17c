using System.Globalization;

namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>The case's <c>hotaudit.case.yaml</c>: internal scenario, +08:00, the simulated period.</summary>
internal static class CaseFile
{
    public static void Write(string dir, int seed, FleetWorld world)
    {
        static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = string.Join('\n',
            $"case: FLEET-{seed.ToString(CultureInfo.InvariantCulture)}",
            "scenario: internal",
            "tz: \"+08:00\"",
            "period:",
            $"  from: {Day(world.Date(0))}T00:00:00+08:00",
            $"  until: {Day(world.Date(world.Days))}T00:00:00+08:00",
            "");
        File.WriteAllText(Path.Combine(dir, "hotaudit.case.yaml"), text);
    }
}
