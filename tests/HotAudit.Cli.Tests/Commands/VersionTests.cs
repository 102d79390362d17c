using FluentAssertions;
using HotAudit.Cli.Commands;
using HotAudit.Cli.Tests.Support;
using Xunit;

namespace HotAudit.Cli.Tests.Commands;

/// <summary><c>hotaudit --version</c>: the version and the git commit it was built from.</summary>
public sealed class VersionTests
{
    [Fact]
    public async Task Main_Version_PrintsVersionAndTheCommitOfThisBuild()
    {
        using var console = new ConsoleCapture();

        var exit = await Program.Main(["--version"]);

        exit.Should().Be(0);
        console.Lines.Should().ContainSingle().Which.Should().MatchRegex("^hotaudit [0-9]+\\.[0-9]+\\.[0-9]+\\S* \\(commit [0-9a-f]{40}\\)$");
    }

    [Theory]
    [InlineData("0.1.0+d02971899670c7bc034b2333b32189403f663c90", "hotaudit 0.1.0 (commit d02971899670c7bc034b2333b32189403f663c90)")]
    [InlineData("0.1.0", "hotaudit 0.1.0 (commit unknown: not built from a git clone)")]
    public void Describe_InformationalVersion_VersionAndCommit(string informational, string expected)
    {
        VersionAction.Describe(informational).Should().Be(expected);
    }
}
