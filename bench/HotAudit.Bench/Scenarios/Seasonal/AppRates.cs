namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>
/// An app's normal behaviour: low failure, verification, http, background and night levels that differ a little between
/// apps, so a model has to learn each series' own level.
/// </summary>
internal sealed record AppRates(
    double Background, double NightFactor, double Http, double Tls12, double VerifyFail, double DownloadFail,
    double ApplyFail, double Crash, double Prompted, double Sessions, double ConsentDeny)
{
    public static AppRates Draw(Random rng) => new(
        Background: Between(rng, 0.005, 0.03),
        NightFactor: Between(rng, 0.6, 1.6),
        Http: Between(rng, 0.002, 0.012),
        Tls12: Between(rng, 0.03, 0.15),
        VerifyFail: Between(rng, 0.002, 0.01),
        DownloadFail: Between(rng, 0.005, 0.02),
        ApplyFail: Between(rng, 0.003, 0.012),
        Crash: Between(rng, 0.0002, 0.0008),
        Prompted: Between(rng, 0.1, 0.6),
        Sessions: Between(rng, 1.3, 2.2),
        ConsentDeny: Between(rng, 0.01, 0.04));

    public static double Between(Random rng, double low, double high) => low + (rng.NextDouble() * (high - low));
}
