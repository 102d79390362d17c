namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>
/// How one app's devices behave, fixed for the case: its stack, its users' week, how its SDK installs patches, how
/// many of its devices sit abroad (other time zones) or on a legacy SDK that still checks over http.
/// </summary>
/// <param name="Consumer">A consumer app (busier at weekends); otherwise an enterprise app (quiet at weekends).</param>
/// <param name="Stack">native, react-native or flutter: decides the <c>platform</c> values.</param>
/// <param name="BackgroundRate">Share of patch cycles installed in background, silently, without the user.</param>
/// <param name="PromptRate">Share of foreground cycles the user accepted from a prompt (user_initiated).</param>
/// <param name="InstallMode">The install mode of foreground cycles.</param>
/// <param name="LegacyHttp">Share of devices on an old SDK build that checks and downloads over http.</param>
/// <param name="Abroad">Share of devices in another time zone than the case's +08:00.</param>
/// <param name="Staged">Releases go out behind a percentage gate (<c>bucket &lt; 10</c>, then 50, then all).</param>
internal sealed record AppProfile(
    bool Consumer, string Stack, double BackgroundRate, double PromptRate, string InstallMode, double LegacyHttp,
    double Abroad, bool Staged)
{
    /// <summary>How much more (or less) the app is used on a day of the week than on an average weekday.</summary>
    public double WeekFactor(DayOfWeek day) => day switch
    {
        DayOfWeek.Saturday or DayOfWeek.Sunday => Consumer ? 1.3 : 0.45,
        DayOfWeek.Friday => Consumer ? 1.1 : 0.95,
        _ => 1.0,
    };
}
