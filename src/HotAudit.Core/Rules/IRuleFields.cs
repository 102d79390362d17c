namespace HotAudit.Core.Rules;

/// <summary>
/// A rule's fields as its pack writes them, for a kind to read its mechanism from (<see cref="Mechanism.Read"/>); a
/// problem is reported with the rule's file and line, never thrown. The rule packs' YAML reader implements it.
/// </summary>
public interface IRuleFields
{
    /// <summary>The text of a single-value field; null when absent or null (and then reported as missing when <paramref name="required"/>).</summary>
    string? String(string key, bool required = false);

    /// <summary>A list field (a single value is a list of one); empty when absent.</summary>
    IReadOnlyList<string> Strings(string key);

    /// <summary>The entries of a mapping field in written order, each value's text (null when not a single value); empty when absent.</summary>
    IReadOnlyList<(string Key, string? Value)> Pairs(string key);

    /// <summary>Reports a problem of the rule.</summary>
    void Problem(string message);
}
