using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Engine.Lookups;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Traceability;

/// <summary>
/// Builds the chain of every patch seen in the case (operation log, manifests or telemetry) from the operation log in
/// time order, the manifests, and what <see cref="TraceObserver"/> gathered in the telemetry pass.
/// </summary>
public static class PatchTraceBuilder
{
    private static readonly string[] ChainActions =
        ["patch_upload", "security_review", "approval_request", "approve", "publish", "set_active", "deactivate", "targeting_change"];

    /// <summary>One trace per patch, ordered by app, app version and patch id (ordinal).</summary>
    /// <param name="symbols">The case's symbols.</param>
    /// <param name="fileNames">Input file names by file index.</param>
    /// <param name="operationsByTime">The accepted operation log sorted by time, file and line.</param>
    /// <param name="manifests">The patch manifests.</param>
    /// <param name="observed">The merged partial of the case's <see cref="TraceObserver"/>.</param>
    public static IReadOnlyList<PatchTrace> Build(
        SymbolTable symbols, IReadOnlyList<string> fileNames, IReadOnlyList<Record> operationsByTime,
        IReadOnlyList<ReferenceRow> manifests, TracePartial observed)
    {
        var ops = new OperationView(symbols);
        var index = new PatchIndex(ops, operationsByTime, manifests, new Dictionary<string, IReadOnlyList<string>>());
        var timeline = new ActivationTimeline(ops, operationsByTime, index);
        var steps = Steps(ops, fileNames, operationsByTime);
        var patches = steps.Keys.Concat(manifests.Select(m => symbols.Intern(m["patch_id"]))).Concat(observed.Patches.Keys)
            .Where(p => p != SymbolTable.None).Distinct();
        return patches.Select(p => Trace(p, symbols, steps, index, timeline, observed))
            .OrderBy(t => t.AppId ?? "", StringComparer.Ordinal).ThenBy(t => t.AppVersion ?? "", StringComparer.Ordinal)
            .ThenBy(t => t.PatchId, StringComparer.Ordinal).ToList();
    }

    private static PatchTrace Trace(int patch, SymbolTable symbols, Dictionary<int, List<(TraceStep Step, int App, int Version)>> steps,
        PatchIndex index, ActivationTimeline timeline, TracePartial observed)
    {
        var own = steps.GetValueOrDefault(patch) ?? [];
        var seen = observed.Patches.GetValueOrDefault(patch);
        var app = First(index.AppId(patch), own.Select(s => s.App), seen?.AppId);
        var version = First(index.AppVersion(patch), own.Select(s => s.Version), seen?.AppVersion);
        var trace = ChainLinks.Pick(new PatchTrace
        {
            PatchId = symbols[patch],
            AppId = symbols.TextOrNull(app),
            AppVersion = symbols.TextOrNull(version),
            Steps = [.. own.Select(s => s.Step)],
            ActiveWindows = [.. timeline.StretchesOf(patch).Select(s => new ActiveWindow(s.Start, s.End == long.MaxValue ? null : s.End))],
            Seen = seen?.Seen.ToTally() ?? DeviceTally.None,
            Downloaded = seen?.Downloaded.ToTally() ?? DeviceTally.None,
            Applied = seen?.Applied.ToTally() ?? DeviceTally.None,
            AppliedWhileInactive = seen?.AppliedInactive.ToTally() ?? DeviceTally.None,
        });
        return trace with { Gaps = ChainGaps.Of(trace) };
    }

    private static int First(int indexed, IEnumerable<int> fromRows, int? fromTelemetry) =>
        indexed != SymbolTable.None ? indexed
        : fromRows.FirstOrDefault(v => v != SymbolTable.None) is var v and not SymbolTable.None ? v
        : fromTelemetry ?? SymbolTable.None;

    private static Dictionary<int, List<(TraceStep Step, int App, int Version)>> Steps(
        OperationView ops, IReadOnlyList<string> fileNames, IReadOnlyList<Record> byTime)
    {
        var steps = new Dictionary<int, List<(TraceStep, int, int)>>();
        foreach (var row in byTime)
        {
            var patch = ops[row, "patch_id"];
            var action = ops.Action(row);
            if (patch == SymbolTable.None || !ChainActions.Contains(action))
            {
                continue;
            }
            if (!steps.TryGetValue(patch, out var list))
            {
                steps[patch] = list = [];
            }
            var step = new TraceStep(action, ops.Text(row, "operator"), row.Ts, ops.Text(row, "result"), ops.Text(row, "approval_id"),
                ops.Text(row, "distribution"), row.File < fileNames.Count ? fileNames[row.File] : "", row.Line);
            list.Add((step, ops[row, "app_id"], ops[row, "app_version"]));
        }
        return steps;
    }
}
