namespace HotAudit.Samples;

/// <summary>The rules the generator's injections can break (RULES.md ids).</summary>
internal static class RuleIds
{
    public const string Silent = "HU-SIL-01";
    public const string Http = "HU-TLS-01";
    public const string FrequentApplies = "HU-FRQ-03";
    public const string FailureShare = "HU-FRQ-05";
    public const string PublishesPerVersion = "HU-FRQ-01";
    public const string PublishesPerApp = "HU-FRQ-02";
    public const string Unapproved = "HU-GOV-02";
    public const string ShortLog = "HU-LOG-02";
}
