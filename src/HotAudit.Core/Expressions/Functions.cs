namespace HotAudit.Core.Expressions;

/// <summary>The functions rule expressions can call: joins with the case's reference data and small conversions.</summary>
internal static class Functions
{
    private static readonly Dictionary<string, FunctionDefinition> All =
        LookupFunctions.List.Concat(GeneralFunctions.List).ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The function of a name, or null.</summary>
    public static FunctionDefinition? Find(string name) => All.GetValueOrDefault(name);

    /// <summary>Every function, for documentation.</summary>
    public static IEnumerable<FunctionDefinition> List => All.Values.OrderBy(f => f.Name, StringComparer.Ordinal);

    /// <summary>Reads a TLS version: digits and dots, optionally after <c>TLS</c> or <c>TLSv</c>; <c>1</c> means 1.0.</summary>
    public static double? TlsVersion(string text) => GeneralFunctions.TlsVersion(text);
}
