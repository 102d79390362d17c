namespace HotAudit.Anomalies.Features;

/// <summary>One feature of the daily vector: its name, kind, plain words for explanations, and how it is read.</summary>
/// <param name="Name">snake_case name.</param>
/// <param name="Kind">Its noise model.</param>
/// <param name="Words">What it is, in words a regulator can read.</param>
/// <param name="WordsZh">The same in Chinese, for zh-CN reports.</param>
/// <param name="Read">Value and base (devices behind a share) from the day's telemetry and operations (and the day before's); null value = not measurable.</param>
/// <param name="Scored">False for context only: shown and explained, but not fed to the model (volume alone is not abnormal behaviour).</param>
/// <param name="Judged">Which earlier days a day is judged against: all, or only days of its own kind (<see cref="DayKind"/>).</param>
/// <param name="LeadDays">Earlier days with operations on the app a day needs for the value to be known (a missing day counts as 0 only after them).</param>
/// <param name="Hurdle">A count of events that come one per active day as a rule (publishes, rollbacks): judged by whether the day is active (its own history) and by how many more than one it has (the active days of the app, or of the case: <see cref="Scoring.CountModel.Hurdle"/>).</param>
/// <param name="Weight">The test's share of the false-alarm rate, against 1 for every other test (<see cref="Scoring.VectorCut"/>).</param>
/// <param name="Given">For a process share, the name of the count it is a share of (publishes): the two are judged together (<see cref="Scoring.SeriesTests.Joint"/>).</param>
/// <param name="FromOperations">Read from the operation log (else from telemetry): which export must cover a day for a missing vector to mean 0.</param>
internal sealed record FeatureDefinition(
    string Name, FeatureKind Kind, string Words, string WordsZh, Func<FeatureDay, (double? Value, int Base)> Read, bool Scored = true, bool FromOperations = false,
    DayKind Judged = DayKind.Any, int LeadDays = 0, bool Hurdle = false, double Weight = 1, string? Given = null);
