namespace HotAudit.Core.Contract;

/// <summary>The kinds of input file of DATA-CONTRACT.md, named by the prefix their files start with.</summary>
public enum InputKind
{
    /// <summary>Device events (<c>telemetry*</c>).</summary>
    Telemetry,
    /// <summary>The platform's operation log (<c>operations*</c>).</summary>
    Operations,
    /// <summary>The operator roster (<c>operators*</c>).</summary>
    Operators,
    /// <summary>Patch manifests (<c>patches*</c>).</summary>
    Patches,
    /// <summary>Tenants of a multi-tenant platform (<c>tenants*</c>).</summary>
    Tenants,
    /// <summary>Known vulnerabilities of SDK versions (<c>vulnerabilities*</c>).</summary>
    Vulnerabilities,
    /// <summary>The tester's results per app version (<c>app_signatures*</c>).</summary>
    AppSignatures,

    /// <summary>The <c>keys/</c> folder of public keys (a folder, not a table: only rules' <c>requires</c> name it).</summary>
    Keys,
}

/// <summary>Names of input kinds as they appear in file names and rule packs.</summary>
public static class InputKinds
{
    /// <summary>The file-name prefix (and rule-pack name) of a kind.</summary>
    public static string Prefix(this InputKind kind) => kind switch
    {
        InputKind.Telemetry => "telemetry",
        InputKind.Operations => "operations",
        InputKind.Operators => "operators",
        InputKind.Patches => "patches",
        InputKind.Tenants => "tenants",
        InputKind.Vulnerabilities => "vulnerabilities",
        InputKind.AppSignatures => "app_signatures",
        InputKind.Keys => "keys",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Parses a prefix (case-insensitive); also accepts "keys" for the key folder.</summary>
    public static bool TryParse(string name, out InputKind kind)
    {
        foreach (var k in Enum.GetValues<InputKind>())
        {
            if (string.Equals(k.Prefix(), name, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }

    /// <summary>Whether rows of this kind are events that count in rows read, rejected and duplicates.</summary>
    public static bool IsEventLog(this InputKind kind) => kind is InputKind.Telemetry or InputKind.Operations;

    /// <summary>Whether the kind is a table of rows (every kind but the keys folder).</summary>
    public static bool IsTable(this InputKind kind) => kind != InputKind.Keys;
}
