namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>An app's normal (low) rates of the behaviours the monitor looks at; each app has its own.</summary>
/// <param name="Background">Probability that an apply happens in the background, not user-initiated.</param>
/// <param name="NightWeight">Weight of the hours 00–06 in the app's daily rhythm (1 = as the base profile).</param>
/// <param name="LegacyHttp">Share of devices whose old SDK configuration checks and downloads over http.</param>
/// <param name="DownloadFailed">Probability that a download fails.</param>
/// <param name="VerifyFailed">Probability that a downloaded patch fails the client's signature check.</param>
/// <param name="ApplyFailed">Probability that an apply fails.</param>
/// <param name="Crash">Probability that a device with a patch crashes on an active day.</param>
internal sealed record BaselineLevels(
    double Background, double NightWeight, double LegacyHttp, double DownloadFailed, double VerifyFailed,
    double ApplyFailed, double Crash)
{
    /// <summary>Draws an app's levels.</summary>
    public static BaselineLevels Draw(Random rng) => new(
        Background: rng.NextDouble() < 0.3 ? 0 : 0.002 + rng.NextDouble() * 0.03,
        NightWeight: 0.3 + rng.NextDouble() * 0.9,
        LegacyHttp: rng.NextDouble() < 0.5 ? 0 : rng.NextDouble() * 0.01,
        DownloadFailed: 0.005 + rng.NextDouble() * 0.025,
        VerifyFailed: 0.001 + rng.NextDouble() * 0.008,
        ApplyFailed: 0.002 + rng.NextDouble() * 0.012,
        Crash: 0.0005 + rng.NextDouble() * 0.004);
}
