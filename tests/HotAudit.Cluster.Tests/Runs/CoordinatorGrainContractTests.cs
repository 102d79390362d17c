using System.Reflection;
using FluentAssertions;
using HotAudit.Cluster.Grains;
using Xunit;

namespace HotAudit.Cluster.Tests.Runs;

/// <summary>
/// What the client's calls to a run's coordinator may wait. A status call in flight through the gateway of a worker that is
/// then killed gets no answer; with the cluster's ResponseTimeout (10 minutes, meant for evaluations) the client waited
/// that long after a run that had finished (bench: a killed run took 631 s, its reports written after ~90 s).
/// </summary>
public sealed class CoordinatorGrainContractTests
{
    [Theory]
    [InlineData(nameof(ICoordinatorGrain.StatusAsync), 15)]
    [InlineData(nameof(ICoordinatorGrain.StartAsync), 30)]
    public void ClientCalls_AnsweredAtOnce_TimeOutInSecondsNotTheClustersResponseTimeout(string method, int atMostSeconds)
    {
        var timeout = typeof(ICoordinatorGrain).GetMethod(method)!.GetCustomAttribute<ResponseTimeoutAttribute>();

        timeout.Should().NotBeNull();
        timeout!.Timeout.Should().NotBeNull().And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(atMostSeconds));
    }
}
