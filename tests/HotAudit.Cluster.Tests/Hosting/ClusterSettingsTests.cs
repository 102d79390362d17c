using System.Net;
using FluentAssertions;
using HotAudit.Cluster.Hosting;
using Xunit;

namespace HotAudit.Cluster.Tests.Hosting;

public sealed class ClusterSettingsTests
{
    private static ClusterSettings Valid() => new() { Redis = "127.0.0.1:6379" };

    [Fact]
    public void Validate_DefaultsWithRedis_NoProblems()
    {
        Valid().Validate().Should().BeEmpty();
    }

    [Fact]
    public void Defaults_SmallClusterValues_AsDocumented()
    {
        var settings = new ClusterSettings();

        settings.Enabled.Should().BeFalse();
        settings.ClusterId.Should().Be("hotaudit");
        settings.ServiceId.Should().Be("hotaudit");
        settings.SiloPort.Should().Be(11111);
        settings.GatewayPort.Should().Be(30000);
        settings.ProbeTimeout.Should().Be(TimeSpan.FromSeconds(2));
        settings.MissedProbesLimit.Should().Be(2);
        settings.ResponseTimeout.Should().Be(TimeSpan.FromMinutes(10));
        settings.CollectionAge.Should().Be(TimeSpan.FromMinutes(30));
    }

    [Theory]
    [InlineData("redis")]
    [InlineData("redis:")]
    [InlineData(":6379")]
    [InlineData("redis:0")]
    [InlineData("redis:65536")]
    [InlineData("redis:port")]
    [InlineData("::1:6379")]
    [InlineData("a b:6379")]
    [InlineData("redis:6379,password=x")]
    [InlineData(" ")]
    public void Validate_RedisNotHostPort_NamesClusterRedis(string redis)
    {
        var settings = Valid();
        settings.Redis = redis;

        settings.Validate().Should().ContainSingle().Which.Should().StartWith("Cluster:Redis").And.Contain("HOST:PORT");
    }

    [Theory]
    [InlineData("localhost:6379")]
    [InlineData("redis.internal:16379")]
    [InlineData("[::1]:6379")]
    [InlineData("10.0.0.5:6379")]
    public void Validate_HostPort_Accepted(string redis)
    {
        var settings = Valid();
        settings.Redis = redis;

        settings.Validate().Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, 30000, "Cluster:SiloPort must be 1-65535, not 0")]
    [InlineData(70000, 30000, "Cluster:SiloPort must be 1-65535, not 70000")]
    [InlineData(11111, -1, "Cluster:GatewayPort must be 1-65535, not -1")]
    [InlineData(20000, 20000, "Cluster:SiloPort and Cluster:GatewayPort must differ (both are 20000)")]
    public void Validate_BadPorts_NamesTheSetting(int siloPort, int gatewayPort, string expected)
    {
        var settings = Valid();
        settings.SiloPort = siloPort;
        settings.GatewayPort = gatewayPort;

        settings.Validate().Should().ContainSingle().Which.Should().StartWith(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("a/b")]
    public void Validate_BadClusterId_NamesClusterId(string id)
    {
        var settings = Valid();
        settings.ClusterId = id;

        settings.Validate().Should().ContainSingle().Which.Should().StartWith("Cluster:ClusterId");
    }

    [Fact]
    public void Validate_TimesNotPositiveAndNoProbes_NamesEachSetting()
    {
        var settings = Valid();
        settings.ProbeTimeout = TimeSpan.Zero;
        settings.ResponseTimeout = TimeSpan.FromSeconds(-1);
        settings.MissedProbesLimit = 0;

        settings.Validate().Should().HaveCount(3).And.Contain(p => p.StartsWith("Cluster:ProbeTimeout", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("Cluster:ResponseTimeout", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("Cluster:MissedProbesLimit", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_AdvertisedAddressNotIp_NamesAdvertisedAddress()
    {
        var settings = Valid();
        settings.AdvertisedAddress = "my-host";

        settings.Validate().Should().ContainSingle().Which.Should().StartWith("Cluster:AdvertisedAddress 'my-host'");
    }

    [Theory]
    [InlineData("127.0.0.1:6379")]
    [InlineData("localhost:6379")]
    [InlineData("[::1]:6379")]
    public void ResolveAdvertisedAddress_RedisOnLoopback_Loopback(string redis)
    {
        new ClusterSettings { Redis = redis }.ResolveAdvertisedAddress().Should().Be(IPAddress.Loopback);
    }

    [Fact]
    public void ResolveAdvertisedAddress_RedisElsewhere_MachinesFirstNonLoopbackIPv4()
    {
        var address = new ClusterSettings { Redis = "10.1.2.3:6379" }.ResolveAdvertisedAddress();

        address.Should().Be(HostAddresses.FirstNonLoopbackIPv4());
        address.AddressFamily.Should().Be(System.Net.Sockets.AddressFamily.InterNetwork);
    }

    [Fact]
    public void ResolveAdvertisedAddress_Given_ThatAddress()
    {
        new ClusterSettings { Redis = "10.1.2.3:6379", AdvertisedAddress = "10.1.2.9" }.ResolveAdvertisedAddress()
            .Should().Be(IPAddress.Parse("10.1.2.9"));
    }
}
