namespace HotAudit.Core.CustomData;

/// <summary>Who signs an Android app under T/TAF 084 (section 4.1 of T/TAF 084.4).</summary>
public enum SignerRole
{
    /// <summary>开发者: signs with empty custom data.</summary>
    Developer,

    /// <summary>检测者: signs with the basis and result of the test (table 2).</summary>
    Tester,

    /// <summary>分发者: signs with the basis of the store's review (table 3).</summary>
    Distributor,
}
