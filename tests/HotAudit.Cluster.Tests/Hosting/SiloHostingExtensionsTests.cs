using FluentAssertions;
using HotAudit.Cluster.Hosting;
using HotAudit.Cluster.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;
using Xunit;

namespace HotAudit.Cluster.Tests.Hosting;

public sealed class SiloHostingExtensionsTests
{
    private static ClusterSettings Settings(string redis) => new()
    {
        Redis = redis,
        ClusterId = ClusterProcesses.NewClusterId("inproc"),
        SiloPort = FreePorts.Next(),
        GatewayPort = FreePorts.Next(),
    };

    private static IHost Build(ClusterSettings settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<HostService>();
        builder.AddHotAuditSilo(settings);
        return builder.Build();
    }

    [Fact]
    public void AddHotAuditSilo_Settings_AppliedToOrleansOptions()
    {
        var settings = Settings("127.0.0.1:6379");
        settings.ResponseTimeout = TimeSpan.FromMinutes(7);
        using var host = Build(settings);

        var cluster = host.Services.GetRequiredService<IOptions<ClusterOptions>>().Value;
        cluster.ClusterId.Should().Be(settings.ClusterId);
        cluster.ServiceId.Should().Be("hotaudit");
        var endpoints = host.Services.GetRequiredService<IOptions<EndpointOptions>>().Value;
        endpoints.SiloPort.Should().Be(settings.SiloPort);
        endpoints.GatewayPort.Should().Be(settings.GatewayPort);
        endpoints.AdvertisedIPAddress.Should().Be(System.Net.IPAddress.Loopback);
        var membership = host.Services.GetRequiredService<IOptions<ClusterMembershipOptions>>().Value;
        membership.ProbeTimeout.Should().Be(TimeSpan.FromSeconds(2));
        membership.NumMissedProbesLimit.Should().Be(2);
        host.Services.GetRequiredService<IOptions<SiloMessagingOptions>>().Value.ResponseTimeout.Should().Be(TimeSpan.FromMinutes(7));
        host.Services.GetRequiredService<IOptions<GrainCollectionOptions>>().Value.CollectionAge.Should().Be(TimeSpan.FromMinutes(30));
    }

    [Fact]
    public void AddHotAuditSilo_InvalidSettings_ThrowsNamingTheSetting()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());

        var add = () => builder.AddHotAuditSilo(new ClusterSettings { Redis = "127.0.0.1:6379", SiloPort = 0 });

        add.Should().Throw<ArgumentException>().Which.Message.Should().StartWith("Cluster:SiloPort");
    }

    [RedisFact]
    public async Task AddHotAuditSilo_Started_SiloOfTheHostsContainerJoinsAndReportsItself()
    {
        // Given: a host with a service of its own and the silo
        var settings = Settings(TestRedis.Required);
        using var host = Build(settings);

        // When
        await host.StartAsync();
        try
        {
            // Then: the silo's services (what grains are activated from) live in the host's container, beside the host's own
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            host.Services.GetService<HostService>().Should().NotBeNull();
            host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.Endpoint.Port.Should().Be(settings.SiloPort);
            var active = await ClusterStatus.ActiveSilosAsync(grains);
            active.Should().ContainSingle().Which.Endpoint.Port.Should().Be(settings.SiloPort);
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
