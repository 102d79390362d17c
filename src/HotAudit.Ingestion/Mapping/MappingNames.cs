namespace HotAudit.Ingestion;

/// <summary>How a <c>--mapping</c> value is read: a shipped mapping's bare name, or a path to a mapping file.</summary>
public static class MappingNames
{
    /// <summary>Whether <paramref name="reference"/> names a shipped mapping (codepush, tinker, ...) rather than a file.</summary>
    public static bool IsShipped(string reference) => MappingLocator.IsBareName(reference.Trim());
}
