using HotAudit.Core.Assessment;
using HotAudit.Core.Engine;
using HotAudit.Core.Rules;
using HotAudit.Core.Symbols;
using HotAudit.Core.Traceability;
using HotAudit.Ingestion;
using HotAudit.Rules.Packs;

namespace HotAudit.Assessment;

/// <summary>
/// What an assessment is made of before any data is read: the options, the rule packs, the case found on disk, the rules
/// selected for it, its offset and parameter overrides. Every host of a run opens it the same way (the local run, a
/// cluster's coordinator, readers and partitions), so they all read the same files with the same rules.
/// </summary>
public sealed class CaseSession
{
    private CaseSession(AssessRequest options, RuleSet rules, CaseManifest manifest, IReadOnlyList<RuleDefinition> selected)
    {
        Options = options;
        Rules = rules;
        Manifest = manifest;
        Selected = selected;
        Offset = options.Offset ?? manifest.Offset ?? HotAudit.Core.Time.Timestamps.DefaultOffset;
        var overrides = new Dictionary<string, string>(manifest.Set, StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in options.Set)
        {
            overrides[k] = v;
        }
        Overrides = overrides;
    }

    public AssessRequest Options { get; }

    public RuleSet Rules { get; }

    public CaseManifest Manifest { get; }

    public IReadOnlyList<RuleDefinition> Selected { get; }

    public TimeSpan Offset { get; }

    public IReadOnlyDictionary<string, string> Overrides { get; }

    /// <summary>Opens the session, or returns the problems (each a sentence for the user) that stop it.</summary>
    public static CaseSession? Open(AssessRequest options, out IReadOnlyList<string> problems)
    {
        problems = options.Validate();
        if (problems.Count > 0)
        {
            return null;
        }
        var rules = RuleSetLoader.Load(options.RuleFolders);
        if (rules.Issues.Count > 0)
        {
            problems = [.. rules.Issues.Select(i => $"rule packs: {i}")];
            return null;
        }
        CaseManifest manifest;
        try
        {
            manifest = CaseDiscovery.Discover(options.CaseDirectory, options.Mapping);
            manifest = manifest with { Limits = manifest.Limits.Within(options.LimitCaps) };
        }
        catch (CaseInputException e)
        {
            problems = [e.Message];
            return null;
        }
        if (CaseInputsCheck.Problems(manifest) is { Count: > 0 } nothing)
        {
            problems = nothing;
            return null;
        }
        var wanted = manifest.Packs;
        var unknown = wanted?.Where(p => rules.Packs.All(x => x.Name != p)).ToList() ?? [];
        if (unknown.Count > 0)
        {
            problems = [.. unknown.Select(p => $"{manifest.Directory}/hotaudit.case.yaml: unknown rule pack '{p}' (known: {string.Join(", ", rules.Packs.Select(x => x.Name))})")];
            return null;
        }
        var selected = rules.Packs.Where(p => wanted is null || wanted.Contains(p.Name)).SelectMany(p => p.Rules).ToList();
        return new CaseSession(options, rules, manifest, selected);
    }

    /// <summary>The engine's input for this case: every rule selected, the trace observer, the monitor and the signature verifier.</summary>
    public EvaluationInput Input(SymbolTable symbols, IngestResult ingest, ITelemetryEvaluation telemetry, TraceObserver trace,
        HotAudit.Anomalies.AnomalyMonitor monitor, int parallelism, long periodFrom, long periodUntil, Action<string>? phaseEnded = null) =>
        new(symbols, ingest.FileNames, telemetry, ingest.Operations, ingest.References, Manifest.Directory, Selected, Overrides,
            Options.EvidenceCap, parallelism, Offset, periodFrom, periodUntil)
        {
            Verifier = new HotAudit.Signing.PatchSignatureVerifier(),
            Observers = [trace],
            Monitor = monitor,
            PhaseEnded = phaseEnded,
        };
}
