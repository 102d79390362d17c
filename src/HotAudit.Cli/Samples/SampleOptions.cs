namespace HotAudit.Cli.Samples;

/// <summary>What <c>hotaudit samples</c> generates.</summary>
/// <param name="Directory">The case folder to write (truth.json goes beside it).</param>
/// <param name="Devices">Devices across all apps.</param>
/// <param name="Days">Days of traffic.</param>
/// <param name="Seed">Seed: the same seed gives the same bytes.</param>
/// <param name="Inject">Injections: burst, silent, failure, http, unapproved; empty for a clean case.</param>
/// <param name="External">External provision: a tenants file for the apps.</param>
internal sealed record SampleOptions(string Directory, int Devices, int Days, int Seed, IReadOnlyList<string> Inject, bool External)
{
    public static readonly string[] Kinds = ["burst", "silent", "failure", "http", "unapproved"];

    /// <summary>Local offset of the generated case.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>First local day of traffic.</summary>
    public static readonly DateOnly Start = new(2026, 3, 2);
}
