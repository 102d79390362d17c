using System.Globalization;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Expressions;
using HotAudit.Core.Findings;
using HotAudit.Core.Rules;
using HotAudit.Core.Rules.Kinds;

namespace HotAudit.Core.Engine;

/// <summary>
/// Runs every rule whose data is present: telemetry rules device by device over the partitions, operation-log and
/// reference rules over their whole input in time order (file order within an instant).
/// </summary>
public static class Evaluation
{
    /// <summary>Evaluates the rules on the case.</summary>
    public static EvaluationOutcome Run(EvaluationInput input)
    {
        var plan = Prepare(input);
        var telemetry = plan.RunTelemetry(input.Telemetry);
        var factory = new FindingFactory(input.Symbols, input.FileNames, plan.Context);
        var findings = plan.TelemetryRules.SelectMany((r, i) => factory.Create(r, telemetry.Partials[i])).ToList();
        input.PhaseEnded?.Invoke("evaluate telemetry rules (decode, dedup, sort, rules, observers)");
        var anomalies = RunMonitor(input, plan.MonitorRules, telemetry.Observed.LastOrDefault(), plan.OperationsByTime, findings);
        input.PhaseEnded?.Invoke("anomaly monitor");
        foreach (var rule in plan.Compiled.Where(c => c.Rule.Source != InputKind.Telemetry && !plan.MonitorRules.Contains(c)))
        {
            var rows = rule.Rule.Source == InputKind.Operations ? plan.OperationsByTime
                : ReferenceRecords.Build(Schemas.For(rule.Rule.Source), input.References.Rows(rule.Rule.Source), input.Symbols, input.FileNames);
            var partial = rule.NewPartial(input.EvidenceCap);
            partial.BeginEntity();
            rule.Evaluator.Evaluate(rows, plan.Context, partial);
            partial.EndEntity();
            findings.AddRange(factory.Create(rule, partial));
        }
        input.PhaseEnded?.Invoke("operation-log and reference rules");
        var parameters = plan.Compiled.SelectMany(c => c.Parameters.Select(p => (Key: $"{c.Rule.Id}.{p.Key}", Value: Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? "")))
            .ToDictionary(p => p.Key, p => p.Value);
        return new EvaluationOutcome(findings, plan.Compiled.Select(c => c.Rule).ToList(), plan.NotJudged, telemetry.Duplicates, parameters, plan.Lookups.Issues)
        {
            Observed = telemetry.Observed[..(input.Observers?.Count ?? 0)],
            Anomalies = anomalies,
            OperationsByTime = plan.OperationsByTime,
        };
    }

    /// <summary>
    /// One partition of a cluster run: every telemetry rule of the input run over its telemetry (the partition's
    /// devices, with the partition's own symbols), the partials written for the coordinator's <see cref="PartitionedTelemetry"/>.
    /// </summary>
    public static byte[] RunPartition(EvaluationInput input)
    {
        var plan = Prepare(input);
        return Portable.PartitionCodec.WriteOutcome(input.Symbols, plan.TelemetryRules, plan.RunTelemetry(input.Telemetry));
    }

    /// <summary>
    /// Compiles the rules against the case and builds its lookups: everything but running them. A cluster's partitions
    /// run their devices with it (<see cref="RunPartition"/>).
    /// </summary>
    internal static EvaluationPlan Prepare(EvaluationInput input)
    {
        var compiler = new RuleCompiler(input.Symbols, input.Overrides, input.Offset);
        var notJudged = new Dictionary<string, LocalizedText>();
        var compiled = new List<CompiledRule>();
        foreach (var rule in input.Rules)
        {
            var c = compiler.Compile(rule);
            if (MissingData(rule, input) is { } missing)
            {
                notJudged[rule.Id] = missing;
            }
            else if (rule.Mechanism is MonitorMechanism && input.Monitor is null)
            {
                notJudged[rule.Id] = new("异常监测未参与本次运行", "the anomaly monitor is not part of this run");
            }
            else
            {
                compiled.Add(c);
            }
        }
        var opsByTime = ByTime(input.Operations);
        var lookups = new CaseLookups(input.Symbols, opsByTime, input.References, input.FileNames, input.CaseDirectory, input.Offset, input.Verifier);
        var context = new EvalContext(input.Symbols, input.FileNames.Select(f => input.Symbols.Intern(Path.GetFileName(f))).ToArray(), lookups,
            input.PeriodFrom, input.PeriodUntil, input.Offset);
        return new EvaluationPlan(input, compiled, notJudged, opsByTime, lookups, context);
    }

    /// <summary>Scores the monitor's vectors with each monitor rule's parameters; the first rule's vectors are the run's anomalies.</summary>
    private static IReadOnlyList<Monitoring.ScoredVector> RunMonitor(
        EvaluationInput input, IReadOnlyList<CompiledRule> monitorRules, IDevicePartial? observed, Record[] opsByTime, List<Finding> findings)
    {
        if (monitorRules.Count == 0 || input.Monitor is not { } monitor)
        {
            return [];
        }
        // A case with an operation log and no telemetry still has its publish, rollback and operator features.
        observed ??= monitor.NewPartial();
        IReadOnlyList<Monitoring.ScoredVector> first = [];
        foreach (var rule in monitorRules)
        {
            var vectors = monitor.Score(observed, new Monitoring.MonitorRun(input.Symbols, opsByTime, input.Offset, rule.Parameters));
            findings.AddRange(MonitorFindings.Create(rule, vectors, input.Offset));
            first = first.Count == 0 ? vectors : first;
        }
        return first;
    }

    private static Record[] ByTime(IReadOnlyList<Record> rows)
    {
        var sorted = rows.ToArray();
        Array.Sort(sorted, static (a, b) => Record.CompareByTime(a, b));
        return sorted;
    }

    private static LocalizedText? MissingData(RuleDefinition rule, EvaluationInput input)
    {
        // The monitor's vectors come from telemetry and from the operation log: either one is enough to judge.
        if (rule.Mechanism is MonitorMechanism && rule.Source == InputKind.Telemetry && input.Operations.Count > 0 && input.Telemetry.IsEmpty)
        {
            return MissingData(rule with { Source = InputKind.Operations }, input);
        }
        foreach (var kind in rule.Requires.Append(rule.Source).Distinct())
        {
            var present = kind switch
            {
                InputKind.Keys => input.References.KeysDirectory is not null && input.Verifier is not null,
                InputKind.Telemetry => !input.Telemetry.IsEmpty,
                InputKind.Operations => input.Operations.Count > 0,
                _ => input.References.Rows(kind).Count > 0,
            };
            if (!present)
            {
                return kind.IsEventLog()
                    ? new($"案例中没有被接受的 {kind.Prefix()} 数据行", $"no accepted {kind.Prefix()} rows in the case")
                    : new($"案例中没有 {kind.Prefix()} 数据行", $"no {kind.Prefix()} rows in the case");
            }
        }
        return null;
    }
}
