namespace HotAudit.Cluster.Tests.Support;

/// <summary>The Redis server the cluster tests use, from <c>HOTAUDIT_TEST_REDIS</c>.</summary>
public static class TestRedis
{
    public const string Variable = "HOTAUDIT_TEST_REDIS";

    /// <summary>The <c>HOST:PORT</c> of the test Redis, or null when the variable is not set.</summary>
    public static string? Address => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value.Trim() : null;

    /// <summary>The address, for a test marked <see cref="RedisFactAttribute"/>.</summary>
    public static string Required => Address ?? throw new InvalidOperationException($"{Variable} is not set");
}
