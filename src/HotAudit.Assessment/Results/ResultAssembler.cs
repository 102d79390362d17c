using HotAudit.Core.Assessment;
using HotAudit.Core.Clauses;
using HotAudit.Core.Contract;
using HotAudit.Core.Engine;
using HotAudit.Core.Findings;
using HotAudit.Core.Quality;
using HotAudit.Core.Rules;
using HotAudit.Core.Rules.Kinds;
using HotAudit.Core.Time;
using HotAudit.Ingestion;
using HotAudit.Rules.Packs;

namespace HotAudit.Assessment;

/// <summary>Puts the pieces of a run together into an <see cref="AssessmentResult"/>: case, data quality, scope, verdicts, tester code.</summary>
internal sealed class ResultAssembler(TimeProvider time)
{
    public AssessmentResult Assemble(
        AssessRequest options, RuleSet rules, IReadOnlyList<RuleDefinition> selected, IngestResult ingest, EvaluationOutcome outcome,
        CaseInfo caseInfo, ReviewInputs review)
    {
        var present = Present(ingest, outcome);
        var scenario = caseInfo.Scenario;
        var offset = caseInfo.Offset;
        var catalog = rules.Catalog.Clauses;
        var findings = outcome.Findings
            .Select(f => f with { InScope = f.Rule.Clauses.Any(c => catalog.FirstOrDefault(x => x.Id == c) is { } cl && VerdictCalculator.InScope(cl, scenario, present)) })
            .OrderByDescending(f => f.Rule.Severity).ThenBy(f => f.Rule.Id, StringComparer.Ordinal)
            .ThenBy(f => string.Join("\u0001", f.Subject.Select(s => s.Value)), StringComparer.Ordinal)
            .ToList();
        var reviewed = FindingReview.Apply(findings, review, rules, time.GetUtcNow(), offset);
        findings = [.. reviewed.Findings];
        var clauses = VerdictCalculator.Decide(new VerdictInput(catalog, scenario, selected, outcome.NotJudged, findings,
            ingest.References.Attestations, present));
        return new AssessmentResult
        {
            Case = caseInfo,
            Overall = TesterCode.Overall(clauses),
            TesterCodeDecision = TesterCode.Decide(selected, clauses, findings),
            Clauses = clauses,
            Findings = findings,
            Resolved = reviewed.Resolved,
            HasBaseline = review.Baseline is not null,
            DataQuality = Quality(ingest, outcome),
            Anomalies = [.. outcome.Anomalies.OrderByDescending(v => v.Flagged).ThenByDescending(v => v.Score)
                .ThenBy(v => v.AppId, StringComparer.Ordinal).ThenBy(v => v.AppVersion, StringComparer.Ordinal).ThenBy(v => v.Day)],
            AnomaliesAssessed = outcome.Applied.Any(r => r.Mechanism is MonitorMechanism),
            Packs = rules.Packs.Where(p => p.Rules.Any(selected.Contains)).ToList(),
            Parameters = outcome.Parameters,
            RulesNotJudged = outcome.NotJudged,
            Notices = [.. ingest.Errors, .. UnmatchedAttestations(catalog, ingest.References.Attestations), .. reviewed.Notices],
            ToolVersion = typeof(ResultAssembler).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            CommandLine = options.CommandLine,
            CreatedAt = time.GetUtcNow().ToOffset(offset),
            EvidenceCap = options.EvidenceCap,
            FailOn = options.FailOn,
            NothingAssessed = present.Count == 0,
        };
    }

    private static IEnumerable<string> UnmatchedAttestations(IReadOnlyList<ClauseDefinition> catalog, IReadOnlyDictionary<string, Attestation> attestations) =>
        attestations.Keys.Where(k => !catalog.Any(c => VerdictCalculator.AttestationOf(c, new Dictionary<string, Attestation> { [k] = attestations[k] }) is not null))
            .Select(k => RunMessages.UnknownAttestation.Format(k));

    /// <summary>The case as assessed: id, scenario (command line, case file, else external when tenants are present), offset and period.</summary>
    public static CaseInfo CaseOf(AssessRequest options, CaseManifest manifest, RuleSet rules, IngestResult ingest, TimeSpan offset)
    {
        var scenario = options.Scenario ?? manifest.Scenario ?? (ingest.References.Has(InputKind.Tenants) ? Scenario.External : Scenario.Internal);
        long? Parse(string? text) => text is not null && Timestamps.TryParse(text, offset, out var t, out _) ? t : null;
        var from = Parse(options.Since) ?? manifest.PeriodFrom ?? ingest.FirstTs;
        var until = Parse(options.Until) ?? manifest.PeriodUntil ?? ingest.LastTs;
        var fromData = Parse(options.Since) is null && manifest.PeriodFrom is null;
        return new CaseInfo(manifest.CaseId ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(manifest.Directory)), scenario, offset,
            from ?? 0, until ?? 0, fromData, manifest.StandardLabel ?? rules.Catalog.StandardLabel, manifest.App);
    }

    private static HashSet<InputKind> Present(IngestResult ingest, EvaluationOutcome outcome)
    {
        var present = new HashSet<InputKind>();
        if (ingest.Files.Any(f => f.Kind == InputKind.Telemetry && f.Rows > f.Rejected))
        {
            present.Add(InputKind.Telemetry);
        }
        if (ingest.Operations.Count > 0)
        {
            present.Add(InputKind.Operations);
        }
        foreach (var kind in Enum.GetValues<InputKind>().Where(k => !k.IsEventLog() && ingest.References.Rows(k).Count > 0))
        {
            present.Add(kind);
        }
        return present;
    }

    private static DataQualityReport Quality(IngestResult ingest, EvaluationOutcome outcome)
    {
        var files = ingest.Files.Select(f =>
        {
            var index = ingest.FileNames.ToList().IndexOf(f.Name);
            return index >= 0 && index < outcome.Duplicates.Count && outcome.Duplicates[index] > 0
                ? f with { Duplicates = f.Duplicates + outcome.Duplicates[index] }
                : f;
        }).ToList();
        return new DataQualityReport(files, ingest.Rejections, [.. ingest.Issues, .. outcome.Issues]);
    }
}
