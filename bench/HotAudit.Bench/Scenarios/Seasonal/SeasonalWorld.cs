namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>The simulated platform for one seed: the period (local days, +08:00), its holidays and the apps.</summary>
internal sealed class SeasonalWorld(int seed, DateOnly start, int days, IReadOnlyList<SimApp> apps, IReadOnlyDictionary<int, double> holidays)
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public int Seed { get; } = seed;
    public DateOnly Start { get; } = start;
    public int Days { get; } = days;
    public IReadOnlyList<SimApp> Apps { get; } = apps;

    /// <summary>Holiday day index → traffic factor (0.2–0.4).</summary>
    public IReadOnlyDictionary<int, double> Holidays { get; } = holidays;

    public IEnumerable<SimVersion> Versions => Apps.SelectMany(a => a.Versions);

    public DateOnly Date(int day) => Start.AddDays(day);

    public DayOfWeek Weekday(int day) => Date(day).DayOfWeek;

    /// <summary>Local ticks of the start of <paramref name="day"/>.</summary>
    public long DayTicks(int day) => Start.AddDays(day).ToDateTime(TimeOnly.MinValue).Ticks;

    public long At(int day, double hour) => DayTicks(day) + (long)(hour * TimeSpan.TicksPerHour);

    public int DayOf(long ticks) => (int)Math.Floor((ticks - DayTicks(0)) / (double)TimeSpan.TicksPerDay);

    public bool IsWorkday(int day) => Weekday(day) is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.ContainsKey(day);

    public int FirstPatchNumber(SimVersion version) => 2 + (int)(Digests.Mix((ulong)Seed, (ulong)((version.App.Number * 16) + version.Index)) % 18);
}
