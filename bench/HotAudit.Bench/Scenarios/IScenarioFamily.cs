namespace HotAudit.Bench.Scenarios;

/// <summary>
/// A scenario family for the anomaly monitor's quality benchmark: a simulation of apps, devices and operators that
/// writes a complete case folder (telemetry, operation log, case file) for a seed, with the anomalies it injected and
/// the legitimate-but-unusual days (negative controls) it contains. Families are written independently of the monitor
/// and of each other, from the data contract and ANOMALY.md only, so that the monitor cannot be tuned to one of them.
/// </summary>
internal interface IScenarioFamily
{
    /// <summary>The family's name as the benchmark prints it (lower case, no spaces).</summary>
    string Name { get; }

    /// <summary>Writes the case for <paramref name="seed"/> into <paramref name="caseDir"/> (created; same seed, same bytes).</summary>
    ScenarioTruth Write(string caseDir, int seed);
}
