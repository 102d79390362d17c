using FluentAssertions;
using HotAudit.Cluster.Hosting;
using HotAudit.Cluster.Runs;
using HotAudit.Cluster.Work;
using HotAudit.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace HotAudit.Cluster.Tests.Work;

/// <summary>A worker's warm-up: a small case through the silo's own paths while idle, gone without a trace, stopped by a run.</summary>
public sealed class WarmUpTests
{
    [Fact]
    public async Task RunAsync_TwoRounds_RunsBothThroughTheSilosPathsAndLeavesNothing()
    {
        // Given: a silo's work and a folder of its own
        var work = new ClusterWork(Services.For(TimeProvider.System));
        var root = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "warm-up-" + Guid.NewGuid().ToString("N"));

        // When
        var forgotten = 0;
        var clusters = new List<WarmUp.OneSilo>();
        var rounds = await WarmUp.RunAsync(work, run =>
        {
            clusters.Add(new WarmUp.OneSilo(work, run));
            return (clusters[^1], () => { forgotten++; return Task.CompletedTask; });
        }, root, [RepoPaths.Rules], 2, CancellationToken.None);

        // Then: both rounds ran to their end, the folder and the runs' state are gone, and no run of the cluster is taken for arrived
        rounds.Should().Be(2);
        forgotten.Should().Be(2);
        clusters.Should().HaveCount(2).And.OnlyContain(c => c.ChunksRead > 2, "the case's files are read in several chunks each round");
        Directory.Exists(root).Should().BeFalse();
        work.RunsHeld.Should().Be(0);
        work.RunArrived.IsCancellationRequested.Should().BeFalse();
    }

    [Fact]
    public async Task RunAsync_Cancelled_StopsAndDeletesItsFolder()
    {
        var work = new ClusterWork(Services.For(TimeProvider.System));
        var root = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "warm-up-" + Guid.NewGuid().ToString("N"));

        var run = () => WarmUp.RunAsync(work, r => (new WarmUp.OneSilo(work, r), () => Task.CompletedTask), root, [RepoPaths.Rules], 2,
            new CancellationToken(canceled: true));

        await run.Should().ThrowAsync<OperationCanceledException>();
        Directory.Exists(root).Should().BeFalse();
    }

    [Fact]
    public void DeleteLeftovers_FoldersOfGoneAndLiveProcesses_OnlyTheGoneOnesDeleted()
    {
        // Given: the folder of a process that does not run, this process's own, and a folder of another name
        var temp = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "warm-up-temp-" + Guid.NewGuid().ToString("N"));
        var gone = Directory.CreateDirectory(Path.Combine(temp, "warm-up-2147483646-0a1b", "case")).Parent!.FullName;
        var live = Directory.CreateDirectory(Path.Combine(temp, $"warm-up-{Environment.ProcessId}-0a1b")).FullName;
        var other = Directory.CreateDirectory(Path.Combine(temp, "warm-up-notes")).FullName;

        WarmUp.DeleteLeftovers(temp);

        Directory.Exists(gone).Should().BeFalse();
        Directory.Exists(live).Should().BeTrue();
        Directory.Exists(other).Should().BeTrue();
        Directory.Delete(temp, true);
    }

    [Theory]
    [InlineData("run-0123456789abcdef", true)]
    [InlineData("warm-up-0123456789abcdef", false)]
    public void ReadChunk_RunOfTheClusterOrWarmUp_RunArrivedOnlyForTheCluster(string runId, bool arrived)
    {
        // Given: a request whose case cannot be opened (the call fails after it was counted)
        var work = new ClusterWork(Services.For(TimeProvider.System));
        var request = new RunRequest(runId, new HotAudit.Assessment.AssessRequest { CaseDirectory = "/nonexistent/case" }.ToJson(), 4, 1 << 20);

        var read = () => work.ReadChunk(request, new TelemetryChunk(0, 0, 0, -1, 1, 0), null);

        read.Should().Throw<Exception>();
        work.RunArrived.IsCancellationRequested.Should().Be(arrived);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public void AddHotAuditSilo_WarmUpSetting_RegistersTheWarmUpOnlyWhenOn(bool warmUp, int expected)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddHotAuditSilo(new ClusterSettings { Redis = "127.0.0.1:6379", WarmUp = warmUp });
        using var host = builder.Build();

        host.Services.GetServices<IHostedService>().OfType<WarmUp>().Should().HaveCount(expected);
    }
}
