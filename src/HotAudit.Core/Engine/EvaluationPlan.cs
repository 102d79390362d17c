using HotAudit.Core.Data;
using HotAudit.Core.Expressions;

namespace HotAudit.Core.Engine;

/// <summary>
/// The rules of a case compiled against its symbols and lookups, split by where they run. Built the same way wherever
/// the telemetry rules run (this machine, or each partition of a cluster), so every host runs the same rules in the
/// same order and their partials line up.
/// </summary>
internal sealed class EvaluationPlan
{
    internal EvaluationPlan(EvaluationInput input, IReadOnlyList<CompiledRule> compiled, IReadOnlyDictionary<string, Rules.LocalizedText> notJudged,
        Record[] operationsByTime, CaseLookups lookups, EvalContext context)
    {
        Input = input;
        Compiled = compiled;
        NotJudged = notJudged;
        OperationsByTime = operationsByTime;
        Lookups = lookups;
        Context = context;
        MonitorRules = [.. compiled.Where(c => c.Rule.Mechanism is Rules.Kinds.MonitorMechanism)];
        TelemetryRules = [.. compiled.Where(c => c.Rule.Source == Contract.InputKind.Telemetry && !MonitorRules.Contains(c))];
        var observers = (input.Observers ?? []).ToList();
        if (MonitorRules.Count > 0 && input.Monitor is { } monitor)
        {
            observers.Add(monitor);
        }
        Observers = observers;
    }

    /// <summary>What the plan was made from.</summary>
    public EvaluationInput Input { get; }

    /// <summary>Every rule that judges.</summary>
    public IReadOnlyList<CompiledRule> Compiled { get; }

    /// <summary>Rules whose data was missing, with the reason.</summary>
    public IReadOnlyDictionary<string, Rules.LocalizedText> NotJudged { get; }

    /// <summary>Telemetry rules, evaluated device by device.</summary>
    public IReadOnlyList<CompiledRule> TelemetryRules { get; }

    /// <summary>Monitor rules (HU-ANM-01).</summary>
    public IReadOnlyList<CompiledRule> MonitorRules { get; }

    /// <summary>Observers of the telemetry pass: the input's, then the monitor when a monitor rule runs.</summary>
    public IReadOnlyList<IDeviceObserver> Observers { get; }

    /// <summary>The evaluation context of every rule.</summary>
    public EvalContext Context { get; }

    internal Record[] OperationsByTime { get; }

    internal CaseLookups Lookups { get; }

    /// <summary>Runs the telemetry rules and observers of this plan over this host's partitions.</summary>
    public TelemetryOutcome RunTelemetry(ITelemetryEvaluation telemetry) =>
        telemetry.Run(TelemetryRules, Observers, Context, Input.EvidenceCap, Input.FileNames.Count, Input.Parallelism);
}
