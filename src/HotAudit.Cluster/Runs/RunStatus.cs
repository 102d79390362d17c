namespace HotAudit.Cluster.Runs;

/// <summary>A coordinator's answer to "where is the run?".</summary>
/// <param name="Started">Whether this coordinator has the run (false: it was activated afresh, e.g. after its silo died).</param>
/// <param name="Progress">Where the run is.</param>
/// <param name="Outcome">How it ended, once it has.</param>
[GenerateSerializer, Immutable]
public sealed record RunStatus([property: Id(0)] bool Started, [property: Id(1)] RunProgress Progress, [property: Id(2)] RunOutcome? Outcome);
