namespace HotAudit.Cli.Tests.Support;

/// <summary>Fixed instants for hand-built cases (whole seconds, so every timestamp style round-trips exactly).</summary>
internal static class Clock
{
    /// <summary>2026-06-01 09:00 at +08:00, the default case offset.</summary>
    public static readonly DateTimeOffset T0 = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public static DateTimeOffset Hours(double hours) => T0.AddHours(hours);

    public static DateTimeOffset Days(double days) => T0.AddDays(days);
}
