using HotAudit.Core.Assessment;
using HotAudit.Core.Contract;
using HotAudit.Core.Findings;
using HotAudit.Core.Rules;

namespace HotAudit.Core.Clauses;

/// <summary>What clause verdicts are decided from.</summary>
/// <param name="Catalog">Every clause.</param>
/// <param name="Scenario">The scenario.</param>
/// <param name="Selected">Rules selected for the run (applied or not).</param>
/// <param name="NotJudged">Selected rules whose data was missing, with why.</param>
/// <param name="Findings">Findings (with waivers applied).</param>
/// <param name="Attestations">Attestations by clause id.</param>
/// <param name="Present">Inputs present with usable rows.</param>
public sealed record VerdictInput(
    IReadOnlyList<ClauseDefinition> Catalog, Scenario Scenario, IReadOnlyList<RuleDefinition> Selected,
    IReadOnlyDictionary<string, LocalizedText> NotJudged, IReadOnlyList<Finding> Findings,
    IReadOnlyDictionary<string, Attestation> Attestations, IReadOnlySet<InputKind> Present);
