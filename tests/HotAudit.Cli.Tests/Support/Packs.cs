namespace HotAudit.Cli.Tests.Support;

/// <summary>The rule ids of the packs shipped now (RULES.md), as the scenario tests assert them.</summary>
internal static class Packs
{
    public static readonly string[] SilentBackgroundUpdates = ["HU-SIL-01", "HU-CON-01", "HU-CON-02"];

    public static readonly string[] FrequentPatching = ["HU-FRQ-01", "HU-FRQ-02", "HU-FRQ-03", "HU-FRQ-04", "HU-FRQ-05"];

    /// <summary>The unsigned-content rules shipped now (HU-SIG-02/03 are not).</summary>
    public static readonly string[] UnsignedContent = ["HU-SIG-01", "HU-SIG-04", "HU-SIG-05", "HU-SIG-06", "HU-SIG-07"];

    public static readonly string[] Shipped = [.. SilentBackgroundUpdates, .. FrequentPatching, .. UnsignedContent];
}
