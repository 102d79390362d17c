using System.Text.RegularExpressions;

namespace HotAudit.Testing;

/// <summary>A run's findings.json as two runs of the same case are compared: everything but when it was written.</summary>
internal static partial class RunFindings
{
    /// <summary>The text of <c>findings.json</c> in <paramref name="outDir"/> without its <c>created_at</c> value.</summary>
    public static string Comparable(string outDir) => CreatedAt().Replace(File.ReadAllText(Path.Combine(outDir, "findings.json")), "");

    [GeneratedRegex("\"created_at\": \"[^\"]*\"")]
    private static partial Regex CreatedAt();
}
