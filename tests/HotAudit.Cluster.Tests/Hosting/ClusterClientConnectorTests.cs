using FluentAssertions;
using HotAudit.Cluster.Hosting;
using HotAudit.Cluster.Tests.Support;
using Xunit;

namespace HotAudit.Cluster.Tests.Hosting;

public sealed class ClusterClientConnectorTests
{
    [Fact]
    public async Task ConnectAsync_RedisUnreachable_FailsNamingTheAddress()
    {
        // Given: a loopback port nothing listens on
        var redis = $"127.0.0.1:{FreePorts.Next()}";

        // When
        var connect = () => ClusterClientConnector.ConnectAsync(new ClusterSettings { Redis = redis }, TimeSpan.FromSeconds(3));

        // Then: one line naming the address and the setting, no stack trace
        var error = (await connect.Should().ThrowAsync<ClusterUnavailableException>()).Which;
        error.Message.Should().StartWith($"cannot reach Redis at {redis} (Cluster:Redis)").And.NotContain("\n").And.NotContain("abortConnect");
    }

    [Fact]
    public async Task ConnectAsync_RedisUnreachableAndDeadlineGoneBeforeRedisIsTried_StillNamesRedis()
    {
        // Given: a loopback port nothing listens on, and a connect time so short that the client's start is cancelled before
        // it reaches Redis: what a loaded machine does to a 3 s connect (the start of the host took longer than the deadline,
        // and the error blamed missing silos: "no silo of cluster ... answered ... within 3 s")
        var redis = $"127.0.0.1:{FreePorts.Next()}";

        // When
        var connect = () => ClusterClientConnector.ConnectAsync(new ClusterSettings { Redis = redis }, TimeSpan.FromMilliseconds(1));

        // Then: Redis is tried before the deadline can win, and named
        var error = (await connect.Should().ThrowAsync<ClusterUnavailableException>()).Which;
        error.Message.Should().StartWith($"cannot reach Redis at {redis} (Cluster:Redis)");
    }

    [RedisFact]
    public async Task ConnectAsync_NoSiloInTheCluster_FailsNamingClusterAndAddress()
    {
        // Given: a cluster id no worker uses
        var settings = new ClusterSettings { Redis = TestRedis.Required, ClusterId = ClusterProcesses.NewClusterId("empty") };

        // When
        var connect = () => ClusterClientConnector.ConnectAsync(settings, TimeSpan.FromSeconds(3));

        // Then
        var error = (await connect.Should().ThrowAsync<ClusterUnavailableException>()).Which;
        error.Message.Should().StartWith($"no silo of cluster '{settings.ClusterId}' answered through Redis at {settings.Redis} (Cluster:Redis) within 3 s");
    }

    [Fact]
    public async Task ConnectAsync_InvalidSettings_ThrowsNamingTheSetting()
    {
        var connect = () => ClusterClientConnector.ConnectAsync(new ClusterSettings { Redis = "nowhere" }, TimeSpan.FromSeconds(1));

        (await connect.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().StartWith("Cluster:Redis 'nowhere'");
    }
}
