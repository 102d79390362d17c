using System.Globalization;

namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>The case's <c>hotaudit.case.yaml</c>: internal scenario, +08:00, the simulated period.</summary>
internal static class CaseFile
{
    public static void Write(string dir, int seed, OperatorCalendar calendar)
    {
        static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = string.Join('\n',
            $"case: OPERATOR-{seed.ToString(CultureInfo.InvariantCulture)}",
            "scenario: internal",
            "tz: \"+08:00\"",
            "period:",
            $"  from: {Day(calendar.Start)}T00:00:00+08:00",
            $"  until: {Day(calendar.Date(calendar.Days))}T00:00:00+08:00",
            "");
        File.WriteAllText(Path.Combine(dir, "hotaudit.case.yaml"), text);
    }
}
