using System.Globalization;

namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// The timestamp styles the fleet's exports use for one instant (given in the case's +08:00 and the device's zone):
/// case-local without offset, with +08:00, the device's own offset, epoch milliseconds and epoch seconds.
/// </summary>
internal static class Timestamps
{
    private static readonly TimeSpan Case = TimeSpan.FromHours(FleetWorld.CaseZone);

    public static string CaseLocal(DateTime local, int zone) => local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string WithCaseOffset(DateTime local, int zone) => local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+08:00";

    /// <summary>The device's clock with its offset, milliseconds included: <c>2026-03-04T02:10:07.000+01:00</c>.</summary>
    public static string DeviceClock(DateTime local, int zone) =>
        new DateTimeOffset(local, Case).ToOffset(TimeSpan.FromHours(zone)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    public static string EpochMilliseconds(DateTime local, int zone) =>
        new DateTimeOffset(local, Case).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    public static string EpochSeconds(DateTime local, int zone) =>
        new DateTimeOffset(local, Case).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
