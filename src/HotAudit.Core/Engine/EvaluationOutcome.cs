using HotAudit.Core.Findings;
using HotAudit.Core.Rules;

namespace HotAudit.Core.Engine;

/// <summary>What the engine found.</summary>
/// <param name="Findings">Findings of every rule that could judge.</param>
/// <param name="Applied">Rules that judged (their data was present).</param>
/// <param name="NotJudged">Rules whose data was missing, with the reason.</param>
/// <param name="Duplicates">Telemetry duplicates dropped, per file index.</param>
/// <param name="Parameters">Parameters in effect, "RULE.param" → value.</param>
/// <param name="Issues">Data-quality issues found while evaluating (e.g. targeting conditions that do not parse).</param>
public sealed record EvaluationOutcome(
    IReadOnlyList<Finding> Findings, IReadOnlyList<RuleDefinition> Applied, IReadOnlyDictionary<string, LocalizedText> NotJudged,
    IReadOnlyList<long> Duplicates, IReadOnlyDictionary<string, string> Parameters, IReadOnlyList<Quality.DataQualityIssue> Issues)
{
    /// <summary>The merged partial of each observer of <see cref="EvaluationInput.Observers"/>, in the same order.</summary>
    public IReadOnlyList<IDevicePartial> Observed { get; init; } = [];

    /// <summary>Every (app, app version, day) vector the anomaly monitor scored, when a monitor rule ran.</summary>
    public IReadOnlyList<Monitoring.ScoredVector> Anomalies { get; init; } = [];

    /// <summary>The accepted operation-log rows without duplicates, sorted by time, file and line.</summary>
    public IReadOnlyList<Data.Record> OperationsByTime { get; init; } = [];
}
