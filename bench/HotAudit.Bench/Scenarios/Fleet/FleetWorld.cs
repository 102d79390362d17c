namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>The fleet of one case: its calendar (case days at +08:00, holidays), apps, versions and reviewers.</summary>
internal sealed record FleetWorld(
    DateOnly Start, int Days, IReadOnlySet<int> Holidays, IReadOnlyList<FleetApp> Apps, IReadOnlyList<FleetVersion> Versions,
    IReadOnlyList<string> Reviewers)
{
    /// <summary>The case's offset: timestamps without one are +08:00, and days are counted in it.</summary>
    public const int CaseZone = 8;

    /// <summary>Days of operation log exported before the telemetry starts (the log is kept longer than telemetry).</summary>
    public const int LogHistory = 42;

    public DateOnly Date(int day) => Start.AddDays(day);

    /// <summary>Case day index of a case-local instant.</summary>
    public int DayOf(DateTime local) => DateOnly.FromDateTime(local).DayNumber - Start.DayNumber;

    public FleetApp AppOf(FleetVersion version) => Apps[version.App];

    public IEnumerable<FleetVersion> VersionsOf(FleetApp app) => Versions.Where(v => v.App == app.Index);

    /// <summary>A working day: not a weekend and not a holiday.</summary>
    public bool Workday(int day) => !Holidays.Contains(day) && Date(day).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
