namespace HotAudit.Cluster.Grains;

/// <summary>Grain keys of a run's partitions and chunk reads.</summary>
internal static class PartitionKey
{
    public static string Of(string runId, int partition) => $"{runId}/{partition}";

    public static string Read(string runId, int chunk, int attempt) => $"{runId}/{chunk}/{attempt}";
}
