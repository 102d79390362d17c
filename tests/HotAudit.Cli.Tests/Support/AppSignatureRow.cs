namespace HotAudit.Cli.Tests.Support;

/// <summary>One row of <c>app_signatures.csv</c> (DATA-CONTRACT.md §3, T/TAF 084 signature records).</summary>
internal sealed record AppSignatureRow(string AppName, string AppVersion, string SignerRole, string Signer, string? CustomData)
{
    public static readonly IReadOnlyList<string> Columns =
        ["app_name", "app_version", "developer", "app_hash", "signer_role", "signer", "custom_data"];

    public IReadOnlyList<string?> Cells() =>
    [
        AppName, AppVersion, "DevCo", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", SignerRole,
        Signer, CustomData,
    ];
}
