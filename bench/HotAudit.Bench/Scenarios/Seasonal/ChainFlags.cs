namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>How one download-verify-apply chain of a device goes (drawn from the app's normal rates, or set by an injection).</summary>
internal sealed class ChainFlags
{
    public bool Background { get; set; }
    public bool UserInitiated { get; set; }
    public bool DownloadFails { get; set; }
    public bool VerifyFails { get; set; }

    /// <summary>Verification fails once, the SDK downloads again and the second copy verifies.</summary>
    public bool VerifyRetry { get; set; }
    public bool ApplyFails { get; set; }

    /// <summary>Set by an injection: the platform pushes this chain silently even for a patch the app would prompt for.</summary>
    public bool Injected { get; set; }

    public static ChainFlags Draw(Random rng, AppRates rates)
    {
        var background = rng.NextDouble() < rates.Background;
        return new ChainFlags
        {
            Background = background,
            UserInitiated = !background && rng.NextDouble() < rates.Prompted,
            DownloadFails = rng.NextDouble() < rates.DownloadFail,
            VerifyFails = rng.NextDouble() < rates.VerifyFail,
            ApplyFails = rng.NextDouble() < rates.ApplyFail,
        };
    }
}
