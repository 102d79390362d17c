namespace HotAudit.Cluster.Runs;

/// <summary>The assessment period the coordinator found after reading the case, which every partition's rules use.</summary>
/// <param name="From">Start (UTC ticks).</param>
/// <param name="Until">End (UTC ticks).</param>
[GenerateSerializer, Immutable]
public sealed record PartitionPeriod([property: Id(0)] long From, [property: Id(1)] long Until);
