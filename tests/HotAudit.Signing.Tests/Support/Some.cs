using HotAudit.Core.Data;
using HotAudit.Core.Signing;

namespace HotAudit.Signing.Tests;

/// <summary>Test data over the fixture case: manifest rows and a one-call check.</summary>
internal static class Some
{
    public static string Case => Path.Combine(RepoPaths.Root, "tests", "HotAudit.Signing.Tests", "Fixtures", "case");

    public static string Keys => Path.Combine(Case, "keys");

    /// <summary>A signature fixture as base64 text.</summary>
    public static string Sig(string name) => Convert.ToBase64String(File.ReadAllBytes(Path.Combine(Case, "sigs", name)));

    /// <summary>A text fixture (a JWT) as is.</summary>
    public static string Text(string name) => File.ReadAllText(Path.Combine(Case, "sigs", name));

    public static ReferenceRow Row(string? signature, string? alg, string? key, string? file = "files/patch.bin", string? format = null, string id = "p1",
        string? sm2Id = null)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["patch_id"] = id };
        Put(values, "sm2_id", sm2Id);
        Put(values, "signature", signature);
        Put(values, "signature_alg", alg);
        Put(values, "key_id", key);
        Put(values, "file", file);
        Put(values, "signature_format", format);
        return new ReferenceRow("patches.csv", 2, values);
    }

    /// <summary>Checks a row of the fixture case with its keys folder.</summary>
    public static SignatureCheck Check(ReferenceRow row, string? publishAlgorithm = null) =>
        new PatchSignatureVerifier().Check(row, publishAlgorithm, Case, Keys);

    public static SignatureCheck Check(string signature, string? alg, string key, string? file = "files/patch.bin", string? format = null) =>
        Check(Row(signature, alg, key, file, format));

    private static void Put(Dictionary<string, string> values, string column, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            values[column] = value;
        }
    }
}
