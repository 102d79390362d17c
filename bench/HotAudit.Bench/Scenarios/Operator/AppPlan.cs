namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>One app of the platform: population, rhythm, normal levels, team and versions.</summary>
/// <param name="Population">Devices at the end of the case (a growing app starts with fewer).</param>
/// <param name="Activity">Mean probability that a device opens the app on a plain day.</param>
/// <param name="ExtraChecks">Mean update checks per active day beyond the first.</param>
/// <param name="Growth">Population at the end over population at the start (1–2).</param>
/// <param name="NoiseSigma">Day-to-day multiplicative noise of activity (log scale): over-dispersion.</param>
/// <param name="PeakWeekday">The weekday with more traffic, or null.</param>
/// <param name="MonthEndPeak">More traffic on the last two days of a month (payments, bills).</param>
/// <param name="UpgradeMeanDays">Mean days until a device moves to a newly launched app version.</param>
internal sealed record AppPlan(
    int Index, string AppId, int Population, double Activity, double ExtraChecks, double Growth, double NoiseSigma,
    DayOfWeek? PeakWeekday, double PeakFactor, bool MonthEndPeak, BaselineLevels Levels, Team Team,
    string SdkVersion, string SignatureAlg, double UpgradeMeanDays, IReadOnlyList<int> VersionIndexes)
{
    /// <summary>The app's traffic multiplier on a day for calendar reasons (weekly and month-end peaks, holidays).</summary>
    public double Seasonal(OperatorCalendar calendar, int day)
    {
        var factor = calendar.Holidays.Contains(day) ? 0.45 : 1.0;
        if (PeakWeekday == calendar.Weekday(day))
            factor *= PeakFactor;
        if (MonthEndPeak && calendar.IsMonthEnd(day))
            factor *= 1.6;
        return factor;
    }

    /// <summary>A peak day of this app (weekly or month-end): a negative control, never an anomaly day.</summary>
    public bool IsPeak(OperatorCalendar calendar, int day) =>
        PeakWeekday == calendar.Weekday(day) || (MonthEndPeak && calendar.IsMonthEnd(day));
}
