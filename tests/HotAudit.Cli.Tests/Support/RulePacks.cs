namespace HotAudit.Cli.Tests.Support;

/// <summary>The rule ids of the packs RULES.md defines beyond <see cref="Packs"/>, as the rule-pack tests assert them.</summary>
internal static class RulePacks
{
    public static readonly string[] TransportSecurity = ["HU-TLS-01", "HU-TLS-02", "HU-TLS-03"];

    public static readonly string[] Governance =
        ["HU-GOV-01", "HU-GOV-02", "HU-GOV-03", "HU-GOV-04", "HU-GOV-05", "HU-GOV-06", "HU-LOG-01", "HU-LOG-02"];

    public static readonly string[] DistributionIntegrity = ["HU-DST-01", "HU-DST-02", "HU-DST-03", "HU-DST-04"];

    public static readonly string[] ExternalProvision =
        ["HU-EXT-01", "HU-EXT-02", "HU-EXT-03", "HU-EXT-04", "HU-VUL-01", "HU-VUL-02"];

    public static readonly string[] SignatureCustomData = ["SCD-01", "SCD-02", "SCD-03", "SCD-04"];
}
