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

namespace HotAudit.Assessment;

/// <summary>
/// Runs an assessment end to end: rules, case discovery, ingestion into device partitions, evaluation, verdicts,
/// reports (written atomically), exit code. The partitions are this machine's unless a telemetry host says otherwise
/// (a cluster's coordinator runs the same runner with the cluster's partitions).
/// </summary>
public sealed class AssessRunner(AssessServices services, TextWriter messages, Func<ITelemetryHost>? telemetryHost = null)
{
    private readonly PhaseTimings _timings = PhaseTimings.FromEnvironment();

    /// <summary>Runs the assessment; returns the exit code of <c>hotaudit assess</c>.</summary>
    public async Task<int> RunAsync(AssessRequest options, CancellationToken ct) => (await RunForResultAsync(options, ct)).ExitCode;

    /// <summary>
    /// Runs the assessment and returns its exit code with the result (null when the run stopped before assessing).
    /// Cancellation is checked between phases and before any report is written, so a cancelled run writes nothing.
    /// </summary>
    public async Task<AssessRun> RunForResultAsync(AssessRequest options, CancellationToken ct)
    {
        if (CaseSession.Open(options, out var problems) is not { } session)
        {
            return Failed(problems);
        }
        var outDir = options.Out ?? Path.Combine(session.Manifest.Directory, "hotaudit-out");
        if (LoadReview(options, outDir, out var review) is { } failed)
        {
            return new AssessRun(failed, null);
        }
        if (UsageProblems(session, review, outDir) is { Count: > 0 } usage)
        {
            return Failed(usage);
        }
        MonitorWarmUp.Start();
        var monitor = services.NewMonitor(options.KeptMonitor);
        using var telemetry = telemetryHost?.Invoke() ?? new LocalTelemetryHost(ParallelismOf(options));
        var result = await AssessAsync(session, telemetry, review, monitor, ct);
        ct.ThrowIfCancellationRequested();
        var exit = WriteReports(result, outDir, options);
        _timings.End("reports");
        _timings.Print(messages);
        return new AssessRun(exit, result, monitor.Kept);
    }

    private static int ParallelismOf(AssessRequest options) => Math.Clamp(options.Parallelism ?? Environment.ProcessorCount, 1, Environment.ProcessorCount);

    /// <summary>
    /// Writes the reports asked for, and findings.json whatever <c>--format</c> says: it is the next run's baseline.
    /// </summary>
    private int WriteReports(AssessmentResult result, string outDir, AssessRequest options)
    {
        ReportWriter.Write(result, outDir, options.Formats.Append("json"), options.Lang);
        var unreadable = result.UnreadableFiles;
        foreach (var notice in result.Notices.Where(n => !unreadable.Any(f => n.StartsWith(f.Name + ": ", StringComparison.Ordinal))))
        {
            messages.WriteLine($"hotaudit: notice: {notice}");
        }
        messages.WriteLine($"hotaudit: {result.Overall}, tester code {result.TesterCode ?? "none"}, {result.Findings.Count} finding(s); reports in {outDir}");
        foreach (var f in unreadable)
        {
            messages.WriteLine($"hotaudit: error: {f.Name}: {f.Error} (the report says which evidence is missing)");
        }
        var exit = unreadable.Count > 0 || result.NothingAssessed ? ExitCodes.BadInput : result.GateFindings.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        foreach (var line in ExitExplanation.Lines(result, exit))
        {
            messages.WriteLine($"hotaudit: {line}");
        }
        return exit;
    }

    /// <summary>Waivers and baseline, read before the case and before any report: a bad file is exit 2 with nothing written.</summary>
    private int? LoadReview(AssessRequest options, string outDir, out ReviewInputs review)
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

    private async Task<AssessmentResult> AssessAsync(CaseSession session, ITelemetryHost telemetry, ReviewInputs review, HotAudit.Anomalies.AnomalyMonitor monitor, CancellationToken ct)
    {
        var (options, manifest, offset) = (session.Options, session.Manifest, session.Offset);
        var symbols = new SymbolTable();
        using var progress = new ConsoleProgress(messages);
        _timings.End("rules and case discovery");
        var ingest = UnusableFiles.Mark(manifest.Directory, await telemetry.IngestAsync(symbols, offset, manifest, progress, ct));
        _timings.End("ingest (read, validate, encode into partitions)");
        ct.ThrowIfCancellationRequested();
        progress.Phase("evaluating rules");
        var caseInfo = ResultAssembler.CaseOf(options, manifest, session.Rules, ingest, offset);
        var trace = new TraceObserver();
        var telemetryRules = await telemetry.EvaluationAsync(ingest, caseInfo.PeriodFrom, caseInfo.PeriodUntil, ct);
        var outcome = Evaluation.Run(session.Input(symbols, ingest, telemetryRules, trace, monitor, services.Verifier,
            ParallelismOf(options), caseInfo.PeriodFrom, caseInfo.PeriodUntil, _timings.End));
        ct.ThrowIfCancellationRequested();
        progress.Phase("deciding verdicts");
        var traces = PatchTraceBuilder.Build(symbols, ingest.FileNames, outcome.OperationsByTime, ingest.References.Rows(InputKind.Patches),
            (TracePartial)outcome.Observed[0]);
        var result = new ResultAssembler(services.Time).Assemble(options, session.Rules, session.Selected, ingest, outcome, caseInfo, review) with { Traceability = traces };
        result = result with { Notices = [.. manifest.Skipped.Select(s => s.ToString()), .. result.Notices] };
        _timings.End("verdicts and traceability");
        return result;
    }

    /// <summary>Overrides and waivers first; the output folder is probed (and so created) only when they are right.</summary>
    private static List<string> UsageProblems(CaseSession session, ReviewInputs review, string outDir)
    {
        var names = UsageChecks.Overrides(session.Rules, session.Manifest.Set, session.Options.Set).ToList();
        List<string> problems =
        [
            .. names,
            .. names.Count == 0 ? UsageChecks.OverrideValues(session.Rules, session.Overrides) : [],
            .. UsageChecks.Waivers(session.Rules, review.Waivers),
        ];
        if (problems.Count == 0 && UsageChecks.Writable(outDir) is { } notWritable)
        {
            problems.Add(notWritable);
        }
        return problems;
    }

    private AssessRun Failed(IEnumerable<string> problems) => new(Fail(problems), null);

    private int Fail(IEnumerable<string> problems)
    {
        foreach (var p in problems)
        {
            messages.WriteLine($"hotaudit: {p}");
        }
        return ExitCodes.BadInput;
    }
}
