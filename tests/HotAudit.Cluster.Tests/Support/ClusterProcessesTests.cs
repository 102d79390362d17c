using System.Diagnostics;
using FluentAssertions;
using Xunit;

namespace HotAudit.Cluster.Tests.Support;

/// <summary>The harness itself: a start that cannot succeed fails fast and shows why.</summary>
public sealed class ClusterProcessesTests
{
    [RedisFact]
    public async Task StartAsync_WorkersExitAtStart_FailsAtOnceWithTheirOutput()
    {
        // Given: a setting every worker refuses
        var environment = new Dictionary<string, string> { ["HOTAUDIT__WORKER__POLLINTERVAL"] = "-00:00:01" };
        var watch = Stopwatch.StartNew();

        // When
        var start = () => ClusterProcesses.StartAsync(2, TestRedis.Required, ClusterProcesses.NewClusterId("refused"), environment: environment);

        // Then: long before the readiness limit, with the workers' own message
        (await start.Should().ThrowAsync<InvalidOperationException>()).Which.Message
            .Should().Contain("still run").And.Contain("Worker:PollInterval must be positive");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
    }
}
