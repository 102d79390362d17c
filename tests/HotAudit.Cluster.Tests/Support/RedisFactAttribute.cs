using Xunit;

namespace HotAudit.Cluster.Tests.Support;

/// <summary>
/// A test that needs the Redis server named by <c>HOTAUDIT_TEST_REDIS</c> (<c>HOST:PORT</c>; .ci/run starts one). Without
/// the variable the test is skipped and says why; with it, a server that cannot be reached fails the test.
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(TestRedis.Address))
        {
            Skip = $"{TestRedis.Variable} is not set: no Redis server to test against (.ci/run starts one and sets it)";
        }
    }
}
