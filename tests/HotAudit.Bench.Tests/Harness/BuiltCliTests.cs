using FluentAssertions;
using Xunit;

namespace HotAudit.Bench.Tests.Harness;

/// <summary>
/// The timed runs start what HOTAUDIT_CLI names: the build's hotaudit.dll through <c>dotnet</c>, or a published
/// executable (the self-contained composite publish) as it is — passed to <c>dotnet</c>, the bench measured nothing.
/// </summary>
public sealed class BuiltCliTests
{
    [Fact]
    public void An_assembly_is_started_through_dotnet()
    {
        var start = BuiltCli.Start("/repo/src/HotAudit.Cli/bin/Release/net10.0/hotaudit.dll", ["assess", "case dir"]);

        start.FileName.Should().Be("dotnet");
        start.ArgumentList.Should().Equal("/repo/src/HotAudit.Cli/bin/Release/net10.0/hotaudit.dll", "assess", "case dir");
    }

    [Fact]
    public void A_published_executable_is_started_itself()
    {
        var start = BuiltCli.Start("/opt/hotaudit/hotaudit", ["worker", "--cluster", "127.0.0.1:6379"]);

        start.FileName.Should().Be("/opt/hotaudit/hotaudit");
        start.ArgumentList.Should().Equal("worker", "--cluster", "127.0.0.1:6379");
    }
}
