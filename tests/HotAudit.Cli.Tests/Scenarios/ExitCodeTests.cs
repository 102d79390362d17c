using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>Exit codes of <c>assess</c> (OUTPUTS.md): 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad input.</summary>
public sealed class ExitCodeTests
{
    [Fact]
    public async Task Assess_CriticalFindingWithFailOnCritical_ExitsOne()
    {
        // Given: HU-CON-02 is critical
        var d = new Device("com.a", "5.2.0", "d1");
        using var dir = new CaseBuilder().Telemetry(d.Denied(T0), d.DownloadStart("p1", T0.AddMinutes(1))).Build();

        // When
        var result = await Assess.RunAsync(dir, "--fail-on", "critical");

        // Then
        result.Findings("HU-CON-02").Should().ContainSingle();
        result.ExitCode.Should().Be(1);
    }

    [Fact]
    public async Task Assess_FindingsWithFailOnNone_ExitsZero()
    {
        // Given
        var d = new Device("com.a", "5.2.0", "d1");
        using var dir = new CaseBuilder().Telemetry(d.Denied(T0), d.DownloadStart("p1", T0.AddMinutes(1))).Build();

        // When
        var result = await Assess.RunAsync(dir, "--fail-on", "none");

        // Then
        result.All.Should().NotBeEmpty();
        result.ExitCode.Should().Be(0);
    }

    [Fact]
    public async Task Assess_MissingCaseFolder_ExitsTwo()
    {
        // Given
        var missing = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "no-such-case-" + Guid.NewGuid().ToString("N"));

        // When
        var exit = await Program.Main(["assess", missing, "--out", missing + "-out", "--format", "json"]);

        // Then
        exit.Should().Be(2);
    }
}
