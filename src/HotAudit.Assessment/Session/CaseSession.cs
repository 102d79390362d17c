using HotAudit.Core.Assessment;
using HotAudit.Core.Contract;
using HotAudit.Core.Engine;
using HotAudit.Core.Monitoring;
using HotAudit.Core.Rules;
using HotAudit.Core.Signing;
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

    /// <summary>The request the session was opened for.</summary>
    public AssessRequest Options { get; }

    /// <summary>Every rule pack loaded (the case selects from them).</summary>
    public RuleSet Rules { get; }

    /// <summary>The case as found on disk: its files, case file, mapping and limits.</summary>
    public CaseManifest Manifest { get; }

    /// <summary>The rules of the packs the case selects (all packs when it names none).</summary>
    public IReadOnlyList<RuleDefinition> Selected { get; }

    /// <summary>The offset of local times: <c>--tz</c>, else the case file's, else <see cref="HotAudit.Core.Time.Timestamps.DefaultOffset"/>.</summary>
    public TimeSpan Offset { get; }

    /// <summary>Rule parameter overrides: the case file's, then <c>--set</c> winning.</summary>
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
        IAnomalyMonitor monitor, IPatchSignatureVerifier verifier, int parallelism, long periodFrom, long periodUntil, Action<string>? phaseEnded = null) =>
        new(symbols, ingest.FileNames, telemetry, ingest.Operations,
            ingest.References with { PatchFileDigests = PatchFiles.Digests(Manifest.Directory, ingest.References.Rows(InputKind.Patches)) }, Manifest.Directory, Selected, Overrides,
            Options.EvidenceCap, parallelism, Offset, periodFrom, periodUntil)
        {
            Verifier = verifier,
            Observers = [trace],
            Monitor = monitor,
            PhaseEnded = phaseEnded,
        };
}
