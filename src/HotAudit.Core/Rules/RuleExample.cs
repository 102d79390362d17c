namespace HotAudit.Core.Rules;

/// <summary>
/// One of a rule's own test cases: a few rows of input (by input kind, each row canonical column → text), and the
/// findings it must produce (none for a must-not-fire example).
/// </summary>
/// <param name="Name">What the example shows.</param>
/// <param name="MustFire">Whether it must fire.</param>
/// <param name="Inputs">Rows per input kind prefix (telemetry, operations, patches, ...).</param>
/// <param name="Expect">Findings expected, each subject key → value plus <c>count</c>.</param>
/// <param name="Location">Where it is written.</param>
/// <param name="Set">Parameter values for this example (parameter name → value).</param>
/// <param name="Period">The assessment period (from, until) as timestamps, or null for the span of the example's rows.</param>
public sealed record RuleExample(
    string Name, bool MustFire, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Inputs,
    IReadOnlyList<IReadOnlyDictionary<string, string>> Expect, SourceLocation Location, IReadOnlyDictionary<string, string> Set,
    (string From, string Until)? Period = null)
{
    /// <summary>A case folder (full path) whose files and <c>keys/</c> the example reads, e.g. signed patches; null for none.</summary>
    public string? Fixture { get; init; }
}
