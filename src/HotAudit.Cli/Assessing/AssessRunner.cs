using HotAudit.Core.Assessment;
using HotAudit.Core.Contract;
using HotAudit.Core.Engine;
using HotAudit.Core.Rules;
using HotAudit.Core.Symbols;
using HotAudit.Core.Traceability;
using HotAudit.Ingestion;
using HotAudit.Reporting;
using HotAudit.Reporting.Json;
using HotAudit.Rules.Packs;
using HotAudit.Rules.Waivers;

namespace HotAudit.Cli.Assessing;

/// <summary>
/// Runs an assessment end to end: rules, case discovery, ingestion into device partitions, evaluation, verdicts,
/// reports (written atomically), exit code.
/// </summary>
internal sealed class AssessRunner(TimeProvider time, TextWriter messages)
{
    private readonly PhaseTimings _timings = PhaseTimings.FromEnvironment();

    public async Task<int> RunAsync(AssessOptions options, CancellationToken ct) => (await RunForResultAsync(options, ct)).ExitCode;

    /// <summary>
    /// Runs the assessment and returns its exit code with the result (null when the run stopped before assessing).
    /// Cancellation is checked between phases and before any report is written, so a cancelled run writes nothing.
    /// </summary>
    public async Task<AssessRun> RunForResultAsync(AssessOptions options, CancellationToken ct)
    {
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            return Failed(problems);
        }
        var rules = RuleSetLoader.Load(options.RuleFolders);
        if (rules.Issues.Count > 0)
        {
            return Failed(rules.Issues.Select(i => $"rule packs: {i}"));
        }
        CaseManifest manifest;
        try
        {
            manifest = CaseDiscovery.Discover(options.CaseDirectory, options.Mapping);
        }
        catch (CaseInputException e)
        {
            return Failed([e.Message]);
        }
        var selected = SelectRules(rules, manifest, out var unknownPacks);
        if (unknownPacks.Count > 0)
        {
            return Failed(unknownPacks.Select(p => $"{manifest.Directory}/hotaudit.case.yaml: unknown rule pack '{p}' (known: {string.Join(", ", rules.Packs.Select(x => x.Name))})"));
        }
        var outDir = options.Out ?? Path.Combine(manifest.Directory, "hotaudit-out");
        if (LoadReview(options, outDir, out var review) is { } failed)
        {
            return new AssessRun(failed, null);
        }
        var monitor = new HotAudit.Anomalies.AnomalyMonitor(options.KeptMonitor);
        var result = Assess(options, manifest, rules, selected, review, monitor, ct);
        ct.ThrowIfCancellationRequested();
        var exit = WriteReports(result, outDir, options);
        _timings.End("reports");
        _timings.Print(messages);
        return new AssessRun(exit, result, monitor.Kept);
    }

    private int WriteReports(AssessmentResult result, string outDir, AssessOptions options)
    {
        ReportWriter.Write(result, outDir, options.Formats, options.Lang);
        messages.WriteLine($"hotaudit: {result.Overall}, tester code {result.TesterCode}, {result.Findings.Count} finding(s); reports in {outDir}");
        var unreadable = result.DataQuality.Files.Where(f => f.Error is not null).ToList();
        foreach (var f in unreadable)
        {
            messages.WriteLine($"hotaudit: {f.Name}: cannot be read: {f.Error} (the report says which evidence is missing)");
        }
        return unreadable.Count > 0 ? Program.BadInput : ExitCode(result, options.FailOn);
    }

    /// <summary>Waivers and baseline, read before the case and before any report: a bad file is exit 2 with nothing written.</summary>
    private int? LoadReview(AssessOptions options, string outDir, out ReviewInputs review)
    {
        review = ReviewInputs.None;
        try
        {
            review = ReviewInputsLoader.Load(options, outDir);
            return null;
        }
        catch (Exception e) when (e is WaiverFileException or BaselineException)
        {
            return Fail(e.Message.Split(Environment.NewLine));
        }
    }

    private AssessmentResult Assess(
        AssessOptions options, CaseManifest manifest, RuleSet rules, IReadOnlyList<RuleDefinition> selected, ReviewInputs review, HotAudit.Anomalies.AnomalyMonitor monitor, CancellationToken ct)
    {
        var offset = options.Offset ?? manifest.Offset ?? TimeSpan.FromHours(8);
        var symbols = new SymbolTable();
        using var store = new PartitionStore(Math.Max(8, Environment.ProcessorCount * 4));
        using var progress = new ConsoleProgress(messages);
        _timings.End("rules and case discovery");
        var ingest = new CaseReader(symbols, offset).Read(manifest, store, progress, ct);
        _timings.End("ingest (read, validate, spill to partitions)");
        ct.ThrowIfCancellationRequested();
        progress.Phase("evaluating rules");
        var overrides = new Dictionary<string, string>(manifest.Set, StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in options.Set)
        {
            overrides[k] = v;
        }
        var caseInfo = ResultAssembler.CaseOf(options, manifest, rules, ingest, offset);
        var trace = new TraceObserver();
        var outcome = Evaluation.Run(new EvaluationInput(symbols, ingest.FileNames, store, ingest.Operations, ingest.References,
            manifest.Directory, selected, overrides, options.EvidenceCap, Environment.ProcessorCount, offset, caseInfo.PeriodFrom, caseInfo.PeriodUntil)
        {
            Verifier = new HotAudit.Signing.PatchSignatureVerifier(),
            Observers = [trace],
            Monitor = monitor,
            PhaseEnded = _timings.End,
        });
        ct.ThrowIfCancellationRequested();
        progress.Phase("deciding verdicts");
        var traces = PatchTraceBuilder.Build(symbols, ingest.FileNames, outcome.OperationsByTime, ingest.References.Rows(InputKind.Patches),
            (TracePartial)outcome.Observed[0]);
        var result = new ResultAssembler(time).Assemble(options, rules, selected, ingest, outcome, caseInfo, review) with { Traceability = traces };
        _timings.End("verdicts and traceability");
        return result;
    }

    private static IReadOnlyList<RuleDefinition> SelectRules(RuleSet rules, CaseManifest manifest, out List<string> unknown)
    {
        var wanted = manifest.Packs;
        unknown = wanted?.Where(p => rules.Packs.All(x => x.Name != p)).ToList() ?? [];
        return rules.Packs.Where(p => wanted is null || wanted.Contains(p.Name)).SelectMany(p => p.Rules).ToList();
    }

    private static int ExitCode(AssessmentResult result, Severity? failOn) =>
        failOn is { } level && result.Findings.Any(f => !f.Waived && f.Rule.Severity >= level) ? Program.Findings : Program.Ok;

    private AssessRun Failed(IEnumerable<string> problems) => new(Fail(problems), null);

    private int Fail(IEnumerable<string> problems)
    {
        foreach (var p in problems)
        {
            messages.WriteLine($"hotaudit: {p}");
        }
        return Program.BadInput;
    }
}
