using System.Globalization;
using FluentAssertions;
using HotAudit.Cluster.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace HotAudit.Cluster.Tests.Hosting;

/// <summary>Real worker processes forming a cluster through the test Redis, and a SIGKILL'd one leaving it.</summary>
public sealed class ClusterMembershipTests(ITestOutputHelper output)
{
    // Failure detection is tuned to declare a dead silo within about ten seconds; CI machines are slow and shared.
    private static readonly TimeSpan DeathBound = TimeSpan.FromSeconds(40);

    [RedisFact]
    public async Task StartAsync_ThreeWorkers_ClusterReportsThreeActiveSilos()
    {
        // Given / When
        await using var cluster = await ClusterProcesses.StartAsync(3, TestRedis.Required, ClusterProcesses.NewClusterId("three"));

        // Then: one silo per worker, each at its own silo port, and each worker logged that it joined
        var active = await cluster.ActiveSilosAsync();
        active.Select(a => a.Endpoint.Port).Should().BeEquivalentTo(cluster.Processes.Select(p => p.SiloPort));
        foreach (var process in cluster.Processes)
        {
            await WaitForLogAsync(process, $"Joined cluster {cluster.ClusterId} as silo S127.0.0.1:{process.SiloPort.ToString(CultureInfo.InvariantCulture)}:");
        }
        await WaitForLogAsync(cluster.Processes[0], $"Cluster {cluster.ClusterId}: 3 active silo(s)");
    }

    [RedisFact]
    public async Task KillAsync_OneOfThreeWorkers_ClusterReportsTwoWithinBound()
    {
        // Given
        await using var cluster = await ClusterProcesses.StartAsync(3, TestRedis.Required, ClusterProcesses.NewClusterId("kill"));

        // When: the worker whose gateway the client does not necessarily use dies without a goodbye
        await cluster.KillAsync(1);
        var took = await cluster.WaitForActiveSilosAsync(2, DeathBound);

        // Then: the survivors are the active ones, and they saw it too
        output.WriteLine($"SIGKILL to 2 active silos: {took.TotalSeconds:0.0} s");
        var active = await cluster.ActiveSilosAsync();
        active.Select(a => a.Endpoint.Port).Should().BeEquivalentTo([cluster.Processes[0].SiloPort, cluster.Processes[2].SiloPort]);
        await WaitForLogAsync(cluster.Processes[0], $"Cluster {cluster.ClusterId}: 2 active silo(s)");
        await WaitForLogAsync(cluster.Processes[2], $"Cluster {cluster.ClusterId}: 2 active silo(s)");
    }

    [RedisFact]
    public async Task FreezeAsync_OneOfThreeWorkers_ClusterReportsTwoWithinBound()
    {
        // Given
        await using var cluster = await ClusterProcesses.StartAsync(3, TestRedis.Required, ClusterProcesses.NewClusterId("freeze"));

        // When: the worker hangs; its sockets stay open, so only missed probes can tell
        await cluster.FreezeAsync(1);
        var took = await cluster.WaitForActiveSilosAsync(2, DeathBound);

        // Then
        output.WriteLine($"SIGSTOP to 2 active silos: {took.TotalSeconds:0.0} s");
        var active = await cluster.ActiveSilosAsync();
        active.Select(a => a.Endpoint.Port).Should().BeEquivalentTo([cluster.Processes[0].SiloPort, cluster.Processes[2].SiloPort]);
    }

    [RedisFact]
    public async Task TerminateAsync_OneOfThreeWorkers_ExitsZeroAndLeavesAtOnce()
    {
        // Given
        await using var cluster = await ClusterProcesses.StartAsync(3, TestRedis.Required, ClusterProcesses.NewClusterId("term"));

        // When: SIGTERM, as systemd stops a worker
        var exit = await cluster.TerminateAsync(2);
        var took = await cluster.WaitForActiveSilosAsync(2, TimeSpan.FromSeconds(10));

        // Then: a clean exit, and the silo said goodbye (no failure detection needed)
        output.WriteLine($"SIGTERM: exited in {exit.TotalSeconds:0.0} s, 2 active silos {took.TotalSeconds:0.0} s later");
        cluster.Processes[2].ExitCode.Should().Be(0, cluster.Processes[2].Describe());
        exit.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    private static async Task WaitForLogAsync(ClusterProcess process, string line) =>
        (await process.WaitForOutputAsync(line, TimeSpan.FromSeconds(10))).Should().BeTrue($"worker {process.Index} should log '{line}'\n{process.Describe()}");
}
