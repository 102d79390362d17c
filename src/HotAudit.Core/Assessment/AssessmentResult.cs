using HotAudit.Core.Clauses;
using HotAudit.Core.Findings;
using HotAudit.Core.Quality;
using HotAudit.Core.Rules;

namespace HotAudit.Core.Assessment;

/// <summary>Everything an assessment found, ready for every report format.</summary>
public sealed record AssessmentResult
{
    /// <summary>The case.</summary>
    public required CaseInfo Case { get; init; }

    /// <summary>Overall verdict: nonconformant, incomplete, conformant_with_observations or conformant.</summary>
    public required string Overall { get; init; }

    /// <summary>
    /// The T/TAF 084.4 tester code (basis letter + result digit), e.g. <c>T1</c>; null when the assessment is incomplete
    /// (<see cref="TesterCodeDecision"/> says which clauses withhold it).
    /// </summary>
    public string? TesterCode => TesterCodeDecision.Code;

    /// <summary>The tester code, or why there is none.</summary>
    public required TesterCodeDecision TesterCodeDecision { get; init; }

    /// <summary>Every clause of the catalog with its verdict (out-of-scope ones as not_applicable).</summary>
    public required IReadOnlyList<ClauseResult> Clauses { get; init; }

    /// <summary>Every finding, ordered by severity (highest first), rule id, subject.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Findings of the previous run that are gone now (only when a previous run was given).</summary>
    public IReadOnlyList<Finding> Resolved { get; init; } = [];

    /// <summary>Whether a previous run was compared against.</summary>
    public bool HasBaseline { get; init; }

    /// <summary>Every vector the anomaly monitor scored (the Anomalies sheet); empty when the monitor did not run.</summary>
    public IReadOnlyList<Monitoring.ScoredVector> Anomalies { get; init; } = [];

    /// <summary>Whether the anomaly monitor ran (HU-ANM-01 judged).</summary>
    public bool AnomaliesAssessed { get; init; }

    /// <summary>Data quality of the inputs.</summary>
    public required DataQualityReport DataQuality { get; init; }

    /// <summary>Rule packs applied.</summary>
    public required IReadOnlyList<RulePack> Packs { get; init; }

    /// <summary>Parameters in effect: "RULE.param" → value as text.</summary>
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }

    /// <summary>Rules that could not judge because their data was missing, with the reason.</summary>
    public required IReadOnlyDictionary<string, Rules.LocalizedText> RulesNotJudged { get; init; }

    /// <summary>Messages about the run (unreadable files, expired or unmatched waivers).</summary>
    public required IReadOnlyList<string> Notices { get; init; }

    /// <summary>Tool version.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>The command line as given.</summary>
    public required string CommandLine { get; init; }

    /// <summary>When the report was made.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The chain of every patch seen in the case (clause 7.2 i), by app, app version and patch id.</summary>
    public IReadOnlyList<Traceability.PatchTrace> Traceability { get; init; } = [];

    /// <summary>The T/TAF 084.4 to-be-signed record of the app under test, when the case names one and a tester code was issued.</summary>
    public ToBeSignedRecord? ToBeSigned => Case.App is { } app && TesterCode is { } code ? ToBeSignedRecord.Of(app, code) : null;

    /// <summary>The <c>--fail-on</c> gate: a finding at or above it that is not waived makes the run exit 1; null = no gate.</summary>
    public Severity? FailOn { get; init; } = Severity.High;

    /// <summary>The findings that close the <see cref="FailOn"/> gate (not waived, at or above it).</summary>
    public IReadOnlyList<Finding> GateFindings => FailOn is { } level ? [.. Findings.Where(f => !f.Waived && f.Rule.Severity >= level)] : [];

    /// <summary>Whether no input gave a single usable row (no telemetry or operation accepted, no reference row): the run exits 2.</summary>
    public bool NothingAssessed { get; init; }

    /// <summary>Waived findings at or above the <see cref="FailOn"/> gate (they would close it without their waiver); 0 without a gate.</summary>
    public int WaivedAtGate => FailOn is { } level ? Findings.Count(f => f.Waived && f.Rule.Severity >= level) : 0;

    /// <summary>Input files that could not be read at all (the run exits 2).</summary>
    public IReadOnlyList<InputFileReport> UnreadableFiles => [.. DataQuality.Files.Where(f => f.Error is not null)];

    /// <summary>Evidence rows kept per finding.</summary>
    public int EvidenceCap { get; init; } = 20;
}
