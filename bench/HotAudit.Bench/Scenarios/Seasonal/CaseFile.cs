using System.Globalization;

namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>Writes <c>hotaudit.case.yaml</c>: an internal case in +08:00 whose period is the telemetry's days.</summary>
internal static class CaseFile
{
    public static void Write(string dir, SeasonalWorld world)
    {
        var from = world.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var until = world.Start.AddDays(world.Days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(dir, "hotaudit.case.yaml"), string.Create(CultureInfo.InvariantCulture, $"""
            case: SEASONAL-{world.Seed}
            scenario: internal
            tz: "+08:00"
            period:
              from: {from}T00:00:00+08:00
              until: {until}T00:00:00+08:00

            """));
    }
}
