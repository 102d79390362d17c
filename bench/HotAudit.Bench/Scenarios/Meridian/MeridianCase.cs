namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>What <see cref="MeridianFamily"/> wrote for one seed: the truth, the rows it broke on purpose (the only rows
/// HotAudit should reject), and how many telemetry and operation rows it wrote (broken copies not counted).</summary>
internal sealed record MeridianCase(ScenarioTruth Truth, IReadOnlyList<MalformedRow> Malformed, long TelemetryRows, int Operations);
