namespace HotAudit.Bench.Scenarios;

/// <summary>What a family wrote into one case: the injected anomalies and the negative controls.</summary>
/// <param name="Family">The family's name.</param>
/// <param name="Seed">The seed the case was written with.</param>
/// <param name="Anomalies">Every injected anomaly: the (app, app version, day) vector the monitor should flag.</param>
/// <param name="Controls">Legitimate unusual days the monitor must not flag (a big release day, a version's first days ...).</param>
/// <param name="Unlabelled">Injections the family made but did not label (their effect, by the family's own measure, was
/// within the version's routine): neither an anomaly to find nor an ordinary vector (<see cref="FamilyScore"/>).</param>
internal sealed record ScenarioTruth(
    string Family, int Seed, IReadOnlyList<InjectedAnomaly> Anomalies, IReadOnlyList<NegativeControl> Controls,
    IReadOnlyList<InjectedAnomaly>? Unlabelled = null);
