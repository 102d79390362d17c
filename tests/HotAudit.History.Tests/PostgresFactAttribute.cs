using Xunit;

namespace HotAudit.History.Tests;

/// <summary>
/// A test that needs the PostgreSQL server named by <c>HOTAUDIT_TEST_POSTGRES</c> (a connection string; .ci/run starts
/// one). Without the variable the test is skipped and says why; with it, a server that cannot be reached fails the test.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "HOTAUDIT_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set: no PostgreSQL server to test against (.ci/run starts one and sets it)";
        }
    }
}
