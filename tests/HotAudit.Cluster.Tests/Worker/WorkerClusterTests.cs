using FluentAssertions;
using HotAudit.Cluster.Tests.Support;
using Xunit;

namespace HotAudit.Cluster.Tests.Worker;

/// <summary><c>hotaudit worker --cluster ...</c> refusing what it cannot use, with exit code 2 and a message naming the setting.</summary>
public sealed class WorkerClusterTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Theory]
    [InlineData("redis-without-port")]
    [InlineData("127.0.0.1:99999")]
    public async Task Worker_ClusterNotHostPort_ExitsTwoNamingClusterRedis(string redis)
    {
        var run = await HotauditRun.ExecuteAsync(NoEnvironment, "worker", "--cluster", redis);

        run.ExitCode.Should().Be(2, run.StandardError);
        run.StandardError.Should().StartWith($"hotaudit: worker: Cluster:Redis '{redis}' is not HOST:PORT");
    }

    [Fact]
    public async Task Worker_ClusterFromEnvironmentNotHostPort_ExitsTwoNamingClusterRedis()
    {
        var run = await HotauditRun.ExecuteAsync(new Dictionary<string, string> { ["HOTAUDIT__CLUSTER__REDIS"] = "nowhere" }, "worker");

        run.ExitCode.Should().Be(2, run.StandardError);
        run.StandardError.Should().StartWith("hotaudit: worker: Cluster:Redis 'nowhere' is not HOST:PORT");
    }

    [Fact]
    public async Task Worker_SameSiloAndGatewayPort_ExitsTwoNamingThePorts()
    {
        var run = await HotauditRun.ExecuteAsync(NoEnvironment, "worker", "--cluster", "127.0.0.1:6379", "--silo-port", "20000", "--gateway-port", "20000");

        run.ExitCode.Should().Be(2, run.StandardError);
        run.StandardError.Should().Contain("Cluster:SiloPort and Cluster:GatewayPort must differ");
    }

    [Fact]
    public async Task Worker_RedisUnreachable_ExitsTwoNamingTheAddress()
    {
        var redis = $"127.0.0.1:{FreePorts.Next()}";

        var run = await HotauditRun.ExecuteAsync(
            NoEnvironment, "worker", "--cluster", redis, "--silo-port", $"{FreePorts.Next()}", "--gateway-port", $"{FreePorts.Next()}");

        run.ExitCode.Should().Be(2, run.StandardError);
        run.StandardError.Should().Contain($"hotaudit: worker: cannot start: cannot reach Redis at {redis} (Cluster:Redis)");
        run.StandardError.Should().NotContain("internal error");
    }

    [Fact]
    public async Task Worker_ClusterMemberWithoutInboxButWebView_ExitsTwoNamingWebUrl()
    {
        var run = await HotauditRun.ExecuteAsync(
            new Dictionary<string, string> { ["HOTAUDIT__WEB__URL"] = "http://127.0.0.1:8080" }, "worker", "--cluster", "127.0.0.1:6379");

        run.ExitCode.Should().Be(2, run.StandardError);
        run.StandardError.Should().StartWith("hotaudit: worker: Web:Url needs Worker:Inbox");
    }

    [RedisFact]
    public async Task Worker_ClusterMemberWithInbox_WatchesTheInboxAndJoins()
    {
        // Given: a worker that keeps its inbox while being a silo
        var inbox = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "cluster-inbox-" + Guid.NewGuid().ToString("N"), "inbox");
        Directory.CreateDirectory(inbox);
        try
        {
            // When
            await using var cluster = await ClusterProcesses.StartAsync(1, TestRedis.Required, ClusterProcesses.NewClusterId("inbox"), ["--inbox", inbox]);

            // Then
            var worker = cluster.Processes[0];
            (await worker.WaitForOutputAsync($"Worker started: inbox {inbox}", TimeSpan.FromSeconds(10))).Should().BeTrue(worker.Describe());
            (await worker.WaitForOutputAsync($"Joined cluster {cluster.ClusterId}", TimeSpan.FromSeconds(10))).Should().BeTrue(worker.Describe());
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(inbox)!, recursive: true);
        }
    }

    [Fact]
    public async Task Worker_ClusterMemberWithoutInboxButSchedules_ExitsTwoNamingSchedules()
    {
        var run = await HotauditRun.ExecuteAsync(
            new Dictionary<string, string>
            {
                ["HOTAUDIT__WORKER__SCHEDULES__0__NAME"] = "nightly",
                ["HOTAUDIT__WORKER__SCHEDULES__0__CRON"] = "0 2 * * *",
                ["HOTAUDIT__WORKER__SCHEDULES__0__CASE"] = Path.GetTempPath(),
            },
            "worker", "--cluster", "127.0.0.1:6379", "--silo-port", $"{FreePorts.Next()}", "--gateway-port", $"{FreePorts.Next()}");

        run.ExitCode.Should().Be(2, run.StandardError);
        run.StandardError.Should().Contain("Worker:Schedules need Worker:Inbox");
    }
}
